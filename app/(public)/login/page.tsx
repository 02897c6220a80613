import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { safeNextPath } from "@/lib/safe-redirect";
import { Card } from "@/components/ui/card";
import { getActor } from "@/server/actor";
import { LoginForm } from "./_components/login-form";
import { loginAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("loginTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const nextPath = safeNextPath(typeof next === "string" ? next : null);
  if (await getActor()) redirect(nextPath ?? "/account");
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("loginTitle")}</h1>
      <p className="mb-6 text-sm text-slate-700">{t("loginLead")}</p>
      <Card>
        <LoginForm next={nextPath} action={loginAction} />
      </Card>
    </div>
  );
}
