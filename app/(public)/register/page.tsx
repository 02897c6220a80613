import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { getActor } from "@/server/actor";
import { RegisterForm } from "./_components/register-form";
import { registerAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("registerTitle") };
}

export default async function RegisterPage() {
  if (await getActor()) redirect("/account");
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("registerTitle")}</h1>
      <p className="mb-6 text-sm text-slate-700">{t("registerLead")}</p>
      <Card>
        <RegisterForm action={registerAction} />
      </Card>
    </div>
  );
}
