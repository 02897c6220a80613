-- Data only (issue 5, SLA engine): the default business calendar CN-STANDARD — China's working
-- days as whole days (00:00–24:00, Asia/Shanghai), Monday to Friday, with the 2026 public holidays
-- (法定节假日) and make-up working days (调休上班) of the State Council's notice of 2025-11-04 — and
-- version 1 of every request type's SLA policy, equal to the built-in defaults (version 0) in
-- lib/domain/sla-policy.ts. 2027 is left out: its notice is published around November 2026; add it
-- at /admin/calendars. lib/domain/cn-calendar.test.ts holds these rows to the code.

INSERT INTO "BusinessCalendar" ("id", "code", "name", "nameEn", "timeZone", "workdays", "dayStartMin", "dayEndMin", "version", "updatedAt")
VALUES ('cal_cn_standard', 'CN-STANDARD', '中国工作日（法定节假日与调休）', 'China working days (public holidays and make-up days)', 'Asia/Shanghai', ARRAY[1, 2, 3, 4, 5], 0, 1440, 1, CURRENT_TIMESTAMP)
ON CONFLICT ("code") DO NOTHING;

INSERT INTO "CalendarDay" ("id", "calendarId", "date", "kind", "name", "nameEn") VALUES
  ('cd_cn_20260101', 'cal_cn_standard', '2026-01-01', 'HOLIDAY', '元旦', 'New Year''s Day'),
  ('cd_cn_20260102', 'cal_cn_standard', '2026-01-02', 'HOLIDAY', '元旦', 'New Year''s Day'),
  ('cd_cn_20260103', 'cal_cn_standard', '2026-01-03', 'HOLIDAY', '元旦', 'New Year''s Day'),
  ('cd_cn_20260104', 'cal_cn_standard', '2026-01-04', 'WORKDAY', '元旦调休上班', 'New Year make-up working day'),
  ('cd_cn_20260215', 'cal_cn_standard', '2026-02-15', 'HOLIDAY', '春节', 'Spring Festival'),
  ('cd_cn_20260216', 'cal_cn_standard', '2026-02-16', 'HOLIDAY', '春节', 'Spring Festival'),
  ('cd_cn_20260217', 'cal_cn_standard', '2026-02-17', 'HOLIDAY', '春节', 'Spring Festival'),
  ('cd_cn_20260218', 'cal_cn_standard', '2026-02-18', 'HOLIDAY', '春节', 'Spring Festival'),
  ('cd_cn_20260219', 'cal_cn_standard', '2026-02-19', 'HOLIDAY', '春节', 'Spring Festival'),
  ('cd_cn_20260220', 'cal_cn_standard', '2026-02-20', 'HOLIDAY', '春节', 'Spring Festival'),
  ('cd_cn_20260221', 'cal_cn_standard', '2026-02-21', 'HOLIDAY', '春节', 'Spring Festival'),
  ('cd_cn_20260222', 'cal_cn_standard', '2026-02-22', 'HOLIDAY', '春节', 'Spring Festival'),
  ('cd_cn_20260223', 'cal_cn_standard', '2026-02-23', 'HOLIDAY', '春节', 'Spring Festival'),
  ('cd_cn_20260214', 'cal_cn_standard', '2026-02-14', 'WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
  ('cd_cn_20260228', 'cal_cn_standard', '2026-02-28', 'WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
  ('cd_cn_20260404', 'cal_cn_standard', '2026-04-04', 'HOLIDAY', '清明节', 'Qingming Festival'),
  ('cd_cn_20260405', 'cal_cn_standard', '2026-04-05', 'HOLIDAY', '清明节', 'Qingming Festival'),
  ('cd_cn_20260406', 'cal_cn_standard', '2026-04-06', 'HOLIDAY', '清明节', 'Qingming Festival'),
  ('cd_cn_20260501', 'cal_cn_standard', '2026-05-01', 'HOLIDAY', '劳动节', 'Labour Day'),
  ('cd_cn_20260502', 'cal_cn_standard', '2026-05-02', 'HOLIDAY', '劳动节', 'Labour Day'),
  ('cd_cn_20260503', 'cal_cn_standard', '2026-05-03', 'HOLIDAY', '劳动节', 'Labour Day'),
  ('cd_cn_20260504', 'cal_cn_standard', '2026-05-04', 'HOLIDAY', '劳动节', 'Labour Day'),
  ('cd_cn_20260505', 'cal_cn_standard', '2026-05-05', 'HOLIDAY', '劳动节', 'Labour Day'),
  ('cd_cn_20260509', 'cal_cn_standard', '2026-05-09', 'WORKDAY', '劳动节调休上班', 'Labour Day make-up working day'),
  ('cd_cn_20260619', 'cal_cn_standard', '2026-06-19', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
  ('cd_cn_20260620', 'cal_cn_standard', '2026-06-20', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
  ('cd_cn_20260621', 'cal_cn_standard', '2026-06-21', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
  ('cd_cn_20260925', 'cal_cn_standard', '2026-09-25', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
  ('cd_cn_20260926', 'cal_cn_standard', '2026-09-26', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
  ('cd_cn_20260927', 'cal_cn_standard', '2026-09-27', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
  ('cd_cn_20261001', 'cal_cn_standard', '2026-10-01', 'HOLIDAY', '国庆节', 'National Day'),
  ('cd_cn_20261002', 'cal_cn_standard', '2026-10-02', 'HOLIDAY', '国庆节', 'National Day'),
  ('cd_cn_20261003', 'cal_cn_standard', '2026-10-03', 'HOLIDAY', '国庆节', 'National Day'),
  ('cd_cn_20261004', 'cal_cn_standard', '2026-10-04', 'HOLIDAY', '国庆节', 'National Day'),
  ('cd_cn_20261005', 'cal_cn_standard', '2026-10-05', 'HOLIDAY', '国庆节', 'National Day'),
  ('cd_cn_20261006', 'cal_cn_standard', '2026-10-06', 'HOLIDAY', '国庆节', 'National Day'),
  ('cd_cn_20261007', 'cal_cn_standard', '2026-10-07', 'HOLIDAY', '国庆节', 'National Day'),
  ('cd_cn_20260920', 'cal_cn_standard', '2026-09-20', 'WORKDAY', '国庆节调休上班', 'National Day make-up working day'),
  ('cd_cn_20261010', 'cal_cn_standard', '2026-10-10', 'WORKDAY', '国庆节调休上班', 'National Day make-up working day')
ON CONFLICT ("calendarId", "date") DO NOTHING;

INSERT INTO "SlaPolicy" ("id", "type", "version", "acceptHours", "acceptHoursSpecial", "acceptOnCalendar", "respondHours1", "respondHours2", "respondHours3", "respondOnCalendar", "resolveHours1", "resolveHours2", "resolveHours3", "resolveOnCalendar", "warnAtPercent", "calendarId", "note") VALUES
  ('sla_service_opening_v1', 'SERVICE_OPENING', 1, 24, 48, true, NULL, NULL, NULL, false, NULL, NULL, NULL, false, 80, 'cal_cn_standard', 'Built-in defaults (R1.4, R2.1, R3.2)'),
  ('sla_fault_repair_v1', 'FAULT_REPAIR', 1, 24, 48, true, 1, 2, 24, false, 2, 4, 24, false, 80, 'cal_cn_standard', 'Built-in defaults (R1.4, R2.1, R3.2)'),
  ('sla_business_change_v1', 'BUSINESS_CHANGE', 1, 24, 48, true, NULL, NULL, NULL, false, 48, 48, 48, false, 80, 'cal_cn_standard', 'Built-in defaults (R1.4, R2.1, R3.2)'),
  ('sla_consultation_v1', 'CONSULTATION', 1, 24, 48, true, 24, 24, 24, false, NULL, NULL, NULL, false, 80, 'cal_cn_standard', 'Built-in defaults (R1.4, R2.1, R3.2)'),
  ('sla_plan_change_v1', 'PLAN_CHANGE', 1, 24, 48, true, NULL, NULL, NULL, false, NULL, NULL, NULL, false, 80, 'cal_cn_standard', 'Built-in defaults (R1.4, R2.1, R3.2)'),
  ('sla_complaint_v1', 'COMPLAINT', 1, 48, 48, false, NULL, NULL, NULL, false, 360, 360, 360, false, 80, 'cal_cn_standard', 'Built-in defaults (R1.4, R2.1, R3.2)'),
  ('sla_termination_v1', 'TERMINATION', 1, 24, 48, true, NULL, NULL, NULL, false, 48, 48, 48, false, 80, 'cal_cn_standard', 'Built-in defaults (R1.4, R2.1, R3.2)')
ON CONFLICT ("type", "version") DO NOTHING;
