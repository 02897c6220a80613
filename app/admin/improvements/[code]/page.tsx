import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { compareMetric, meetsTarget, METRICS } from "@/lib/domain/metrics";
import { defaultBaselinePeriod, formatDelta, isOpen, isOverdue, nextStage, normalizeImprovementCode, quarterOf, type ImprovementStatus } from "@/lib/domain/improvements";
import { IMPROVEMENT_LIMITS } from "@/lib/schemas/improvements";
import { cstDateKey } from "@/lib/domain/time";
import { StatusBadge } from "@/components/requests/status-badge";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/server/action";
import { requireStaff } from "@/server/actor";
import { getImprovement, improvementActionOwners, improvementOwners, liveMetric } from "@/server/dal/improvement-reads";
import { can } from "@/server/policy";
import { staffTitle } from "@/server/staff-metadata";
import { BeforeAfterChart } from "../_components/before-after-chart";
import { ImprovementStatusBadge, MetricValueText, ScopeText } from "../_components/bits";
import { ProjectForm } from "../_components/project-form";
import {
  addImprovementActionAction,
  addImprovementReviewAction,
  changeImprovementOwnerAction,
  completeImprovementActionAction,
  decideImprovementAction,
  linkImprovementRequestAction,
  moveImprovementAction,
  recomputeCheckAction,
} from "../actions";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ created?: string }> };

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "improvement:read", undefined, "improvements");
}

const STAGES = ["PLAN", "DO", "CHECK", "ACT"] as const;

// One project, its four PDCA stages one under the other: Plan (problem, metric, scope, target,
// the computed baseline, linked requests), Do (actions), Check (the after-value against the
// baseline, with a chart), Act (the decision); then the quarterly reviews. improvement:manage
// sees the forms of the stage the project is in.
export default async function ImprovementPage({ params, searchParams }: Props) {
  const { code: raw } = await params;
  const actor = await requireStaff(`/admin/improvements/${encodeURIComponent(raw)}`, "improvement:read");
  const code = normalizeImprovementCode(raw);
  const [t, format, p, { created }] = await Promise.all([
    getTranslations("improvements"),
    getFormatter(),
    code ? getImprovement(actor, code).catch((e) => (e instanceof NotFoundError ? null : Promise.reject(e))) : null,
    searchParams,
  ]);
  if (!p) notFound();
  const now = new Date();
  const canManage = can(actor, "improvement:manage");
  const open = isOpen(p.status);
  const manage = canManage && open;
  const metric = p.metricKey;
  const unit = METRICS[metric].unit;
  const livePeriod = defaultBaselinePeriod(now);
  const [live, owners, staff] = await Promise.all([
    liveMetric(actor, metric, p.metricScope, livePeriod),
    manage ? improvementOwners(actor) : [],
    manage ? improvementActionOwners(actor) : [],
  ]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const span = (a: Date, b: Date) => t("periodRange", { from: day(a), to: day(b) });
  const compared = compareMetric(metric, p.baselineValue, p.checkAt ? p.checkValue : null);
  const met = meetsTarget(metric, p.checkAt ? p.checkValue : null, p.targetValue);
  const stageIndex = STAGES.indexOf(p.status as (typeof STAGES)[number]);
  const next = nextStage(p.status as ImprovementStatus);
  const base = { code: p.code, version: p.version };
  const facts: Array<[string, React.ReactNode]> = [
    [t("plan.metric"), <span key="m">{t(`metric.${metric}.name`)} <span className="text-slate-700">({t(`better.${METRICS[metric].better}`)})</span></span>],
    [t("plan.scope"), <ScopeText key="s" scope={p.metricScope} />],
    [t("plan.target"), p.targetValue != null ? <MetricValueText key="tv" metric={metric} value={p.targetValue} /> : t("plan.noTarget")],
    [
      t("plan.baseline"),
      <span key="b">
        <strong className="text-lg" data-testid="project-baseline">
          <MetricValueText metric={metric} value={p.baselineValue} />
        </strong>
        <span className="block text-slate-700">{t("periodSample", { from: day(p.baselineFrom), to: day(p.baselineTo), count: p.baselineCount ?? 0 })}</span>
        {p.baselineAt ? <span className="block text-xs text-slate-700">{t("computedAt", { time: format.dateTime(p.baselineAt, "short") })}</span> : null}
      </span>,
    ],
    [
      t("plan.live"),
      <span key="l">
        <MetricValueText metric={metric} value={live.value} />
        <span className="block text-slate-700">{t("periodSample", { from: day(livePeriod.from), to: day(livePeriod.to), count: live.count })}</span>
      </span>,
    ],
  ];

  return (
    <div className="mx-auto max-w-5xl">
      <Link href="/admin/improvements" className="text-sm text-brand-700 underline">
        ← {t("back")}
      </Link>
      <div className="mt-2">
        <PageHeader
          title={p.title}
          lead={
            <span className="flex flex-wrap items-center gap-2">
              <span className="font-mono">{p.code}</span>
              <ImprovementStatusBadge status={p.status} />
              <span>{t("ownerIs", { name: p.owner.displayName })}</span>
            </span>
          }
        />
      </div>
      {created ? <Alert tone="success" className="mb-4">{t("detail.created")}</Alert> : null}
      {!canManage ? <Alert className="mb-4">{t("detail.readOnly")}</Alert> : null}
      {p.previous ? (
        <p className="mb-2 text-sm text-slate-800">
          {t("detail.previous")} <Link className="font-mono text-brand-700 underline" href={`/admin/improvements/${p.previous.code}`}>{p.previous.code}</Link>
        </p>
      ) : null}
      {p.next ? (
        <Alert tone="info" className="mb-4">
          {t("detail.next")} <Link className="font-mono text-brand-700 underline" href={`/admin/improvements/${p.next.code}`}>{p.next.code}</Link>
        </Alert>
      ) : null}
      {p.status === "CANCELLED" ? <Alert tone="warning" className="mb-4" title={t("detail.cancelled")}>{p.decisionNote}</Alert> : null}

      <nav aria-label={t("detail.stages")} className="mb-6">
        <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {STAGES.map((s, i) => {
            const state = p.status === "CLOSED" || i < stageIndex ? "done" : i === stageIndex ? "current" : "upcoming";
            return (
              <li
                key={s}
                aria-current={state === "current" ? "step" : undefined}
                className={`rounded-md px-3 py-2 text-sm ring-1 ${state === "current" ? "bg-brand-50 font-semibold text-brand-900 ring-brand-600" : state === "done" ? "bg-emerald-50 text-emerald-900 ring-emerald-200" : "bg-white text-slate-700 ring-slate-200"}`}
              >
                <a href={`#stage-${s.toLowerCase()}`} className="block">
                  {t(`stage.${s}`)}
                  <span className="sr-only"> · {t(`stageState.${state}`)}</span>
                  {state === "done" ? <span aria-hidden="true"> ✓</span> : null}
                </a>
              </li>
            );
          })}
        </ol>
      </nav>

      {manage ? (
        <Card className="mb-6" title={t("detail.manage")} titleId="improvement-manage">
          <div className="grid gap-6 md:grid-cols-2">
            <div className="space-y-2">
              {next ? (
                <>
                  <p className="text-sm text-slate-700">{t(`move.lead.${next}`)}</p>
                  <ProjectForm key={`move-${next}`} kind="move" action={moveImprovementAction} {...base} values={{ to: next, reason: "" }} fields={[]} submit={t(`move.to.${next}`)} submitting={t("saving")} />
                </>
              ) : p.status === "ACT" ? (
                <p className="text-sm text-slate-700">{t("move.decideBelow")}</p>
              ) : null}
            </div>
            <ProjectForm
              kind="owner"
              action={changeImprovementOwnerAction}
              {...base}
              values={{ ownerId: p.ownerId }}
              fields={[{ name: "ownerId", type: "select", label: t("owner.field"), options: owners.map((o) => ({ value: o.id, label: o.displayName })) }]}
              submit={t("owner.submit")}
              submitting={t("saving")}
              variant="secondary"
              done={t("saved")}
            />
          </div>
          <details className="mt-6 rounded-md p-3 ring-1 ring-slate-200">
            <summary className="cursor-pointer text-sm font-medium text-slate-900">{t("cancel.summary")}</summary>
            <div className="mt-3">
              <ProjectForm
                kind="move"
                action={moveImprovementAction}
                {...base}
                values={{ to: "CANCELLED", reason: "" }}
                fields={[{ name: "reason", type: "textarea", label: t("cancel.reason"), maxLength: IMPROVEMENT_LIMITS.reasonMax }]}
                submit={t("cancel.submit")}
                submitting={t("saving")}
                variant="secondary"
              />
            </div>
          </details>
        </Card>
      ) : null}

      <div className="space-y-6">
        <section id="stage-plan" aria-labelledby="stage-plan-title" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
          <h2 id="stage-plan-title" className="mb-3 text-lg font-semibold text-slate-900">{t("stage.PLAN")}</h2>
          <h3 className="text-sm font-semibold text-slate-900">{t("plan.problem")}</h3>
          <p className="mb-4 mt-1 whitespace-pre-wrap break-words text-sm text-slate-800">{p.problem}</p>
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium text-slate-700">{label}</dt>
                <dd className="break-words text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-2 text-xs text-slate-700">{t(`metric.${metric}.definition`)}</p>
          <h3 className="mt-5 text-sm font-semibold text-slate-900">{t("plan.requests", { count: p.requests.length })}</h3>
          {p.requests.length ? (
            <ul className="mt-2 max-h-72 divide-y divide-slate-100 overflow-y-auto text-sm">
              {p.requests.map(({ request: r }) => (
                <li key={r.srn} className="flex flex-wrap items-center gap-2 py-1.5">
                  <Link href={`/admin/requests/${r.srn}`} className="font-mono text-brand-700 underline">
                    {r.srn}
                  </Link>
                  <StatusBadge status={r.status} />
                  <span className="text-slate-700">{format.dateTime(r.createdAt, "short")}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-700">{t("plan.noRequests")}</p>
          )}
          {manage ? (
            <div className="mt-4">
              <ProjectForm
                kind="link"
                action={linkImprovementRequestAction}
                {...base}
                values={{ srn: "" }}
                fields={[{ name: "srn", type: "text", label: t("plan.linkField"), hint: t("plan.linkHint"), maxLength: 20 }]}
                submit={t("plan.link")}
                submitting={t("saving")}
                variant="secondary"
                inline
              />
            </div>
          ) : null}
        </section>

        <section id="stage-do" aria-labelledby="stage-do-title" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
          <h2 id="stage-do-title" className="mb-3 text-lg font-semibold text-slate-900">{t("stage.DO")}</h2>
          {p.checkFrom && p.status !== "PLAN" ? <p className="mb-3 text-sm text-slate-700">{t("do.startedAt", { time: day(p.checkFrom) })}</p> : null}
          {p.actions.length ? (
            <ul className="space-y-3">
              {p.actions.map((a) => {
                const overdue = isOverdue(a, now);
                return (
                  <li key={a.id} className="flex flex-col gap-2 rounded-md p-3 ring-1 ring-slate-200 sm:flex-row sm:items-center sm:justify-between">
                    <div className="min-w-0">
                      <p className="font-medium text-slate-900">{a.title}</p>
                      <p className="text-sm text-slate-700">{t("do.ownerDue", { name: a.owner.displayName, due: day(a.dueAt) })}</p>
                      <p className="mt-1">
                        {a.doneAt ? (
                          <Badge tone="success">{t("do.doneAt", { time: day(a.doneAt) })}</Badge>
                        ) : overdue ? (
                          <Badge tone="danger">{t("do.overdue")}</Badge>
                        ) : (
                          <Badge tone="info">{t("do.open")}</Badge>
                        )}
                      </p>
                    </div>
                    {manage && !a.doneAt ? (
                      <ProjectForm kind="done" action={completeImprovementActionAction} {...base} values={{ actionId: a.id }} fields={[]} submit={t("do.markDone")} ariaLabel={t("do.markDoneOf", { title: a.title })} submitting={t("saving")} variant="secondary" />
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="text-sm text-slate-700">{t("do.none")}</p>
          )}
          {manage ? (
            <div className="mt-5 border-t border-slate-200 pt-4">
              <h3 className="mb-3 text-sm font-semibold text-slate-900">{t("do.add")}</h3>
              <ProjectForm
                kind="action"
                action={addImprovementActionAction}
                {...base}
                values={{ title: "", ownerId: "", dueDate: cstDateKey(new Date(now.getTime() + 14 * 86_400_000)) }}
                fields={[
                  { name: "title", type: "text", label: t("do.title"), maxLength: IMPROVEMENT_LIMITS.titleMax },
                  { name: "ownerId", type: "select", label: t("do.owner"), options: staff.map((s) => ({ value: s.id, label: s.displayName })) },
                  { name: "dueDate", type: "date", label: t("do.due") },
                ]}
                submit={t("do.addSubmit")}
                submitting={t("saving")}
                done={t("do.added")}
              />
            </div>
          ) : null}
        </section>

        <section id="stage-check" aria-labelledby="stage-check-title" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
          <h2 id="stage-check-title" className="mb-3 text-lg font-semibold text-slate-900">{t("stage.CHECK")}</h2>
          {p.checkAt && p.checkFrom && p.checkTo ? (
            <div className="grid gap-6 md:grid-cols-2">
              <div className="space-y-3 text-sm">
                <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-2">
                  <dt className="font-medium text-slate-700">{t("check.after")}</dt>
                  <dd data-testid="check-value">
                    <strong className="text-lg"><MetricValueText metric={metric} value={p.checkValue} /></strong>
                    <span className="block text-slate-700">{t("periodSample", { from: day(p.checkFrom), to: day(p.checkTo), count: p.checkCount ?? 0 })}</span>
                  </dd>
                  <dt className="font-medium text-slate-700">{t("check.before")}</dt>
                  <dd><MetricValueText metric={metric} value={p.baselineValue} /></dd>
                  <dt className="font-medium text-slate-700">{t("check.delta")}</dt>
                  <dd className="tabular-nums">{formatDelta(unit, compared.delta)}{unit === "percent" && compared.delta != null ? ` ${t("check.points")}` : ""}</dd>
                  <dt className="font-medium text-slate-700">{t("check.verdict")}</dt>
                  <dd data-testid="check-verdict">
                    {compared.verdict ? <Badge tone={compared.verdict === "better" ? "success" : compared.verdict === "worse" ? "danger" : "neutral"}>{t(`verdict.${compared.verdict}`)}</Badge> : t("verdict.none")}
                  </dd>
                  <dt className="font-medium text-slate-700">{t("check.target")}</dt>
                  <dd>{met == null ? t("check.noTarget") : <Badge tone={met ? "success" : "warning"}>{met ? t("check.targetMet") : t("check.targetMissed")}</Badge>}</dd>
                </dl>
                <p className="text-xs text-slate-700">{t("computedAt", { time: format.dateTime(p.checkAt, "short") })}</p>
              </div>
              <BeforeAfterChart
                id={`chart-${p.code}`}
                metric={metric}
                target={p.targetValue}
                before={{ label: t("check.before"), period: span(p.baselineFrom, p.baselineTo), value: p.baselineValue, count: p.baselineCount ?? 0 }}
                after={{ label: t("check.after"), period: span(p.checkFrom, p.checkTo), value: p.checkValue, count: p.checkCount ?? 0 }}
              />
            </div>
          ) : (
            <p className="text-sm text-slate-700">{t("check.notYet")}</p>
          )}
          {canManage && (p.status === "CHECK" || p.status === "ACT") && p.checkFrom ? (
            <div className="mt-5 border-t border-slate-200 pt-4">
              <h3 className="mb-1 text-sm font-semibold text-slate-900">{t("check.recompute")}</h3>
              <p className="mb-3 text-sm text-slate-700">{t("check.recomputeLead")}</p>
              <ProjectForm
                kind="check"
                action={recomputeCheckAction}
                {...base}
                values={{ from: cstDateKey(p.checkFrom), to: cstDateKey(now) }}
                fields={[
                  { name: "from", type: "date", label: t("check.from") },
                  { name: "to", type: "date", label: t("check.to") },
                ]}
                submit={t("check.recomputeSubmit")}
                submitting={t("check.recomputing")}
                variant="secondary"
                inline
              />
            </div>
          ) : null}
        </section>

        <section id="stage-act" aria-labelledby="stage-act-title" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
          <h2 id="stage-act-title" className="mb-3 text-lg font-semibold text-slate-900">{t("stage.ACT")}</h2>
          {p.decision ? (
            <div className="text-sm">
              <p>
                <Badge tone={p.decision === "STANDARDISE" ? "success" : "info"}>{t(`decision.${p.decision}`)}</Badge>
                {p.closedAt ? <span className="ml-2 text-slate-700">{t("act.closedAt", { time: day(p.closedAt) })}</span> : null}
              </p>
              <p className="mt-2 whitespace-pre-wrap break-words text-slate-800">{p.decisionNote}</p>
            </div>
          ) : canManage && p.status === "ACT" ? (
            <ProjectForm
              kind="decide"
              action={decideImprovementAction}
              {...base}
              values={{ decision: "", note: "" }}
              fields={[
                { name: "decision", type: "radio", label: t("act.decision"), options: (["STANDARDISE", "ITERATE"] as const).map((d) => ({ value: d, label: t(`decision.${d}`) })), hint: t("act.decisionHint") },
                { name: "note", type: "textarea", label: t("act.note"), maxLength: IMPROVEMENT_LIMITS.noteMax },
              ]}
              submit={t("act.submit")}
              submitting={t("saving")}
            />
          ) : (
            <p className="text-sm text-slate-700">{t("act.notYet")}</p>
          )}
        </section>

        <section aria-labelledby="reviews-title" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
          <h2 id="reviews-title" className="mb-3 text-lg font-semibold text-slate-900">{t("reviews.title")}</h2>
          {p.reviews.length ? (
            <ol className="space-y-3">
              {p.reviews.map((r) => (
                <li key={r.id} className="rounded-md p-3 ring-1 ring-slate-200">
                  <p className="text-sm font-medium text-slate-900">
                    {r.quarter} · {r.author.displayName} · <time dateTime={r.createdAt.toISOString()}>{day(r.createdAt)}</time>
                  </p>
                  <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-800">{r.note}</p>
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-slate-700">{t("reviews.none")}</p>
          )}
          {canManage ? (
            <div className="mt-4">
              <ProjectForm
                kind="review"
                action={addImprovementReviewAction}
                {...base}
                values={{ note: "" }}
                fields={[{ name: "note", type: "textarea", label: t("reviews.field", { quarter: quarterOf(now) }), maxLength: IMPROVEMENT_LIMITS.noteMax }]}
                submit={t("reviews.submit")}
                submitting={t("saving")}
                variant="secondary"
                done={t("saved")}
              />
            </div>
          ) : null}
        </section>
      </div>
    </div>
  );
}
