package org.gridgov.scoring.rating;

/** How an assessor checks a rubric item (考核方式). */
public enum CheckMethod {
  /** 查阅资料 — reading records: minutes, registers, plans. */
  DOCUMENTS,
  /** 实地查看 — seeing the place: the activity room, the noticeboard. */
  SITE_VISIT,
  /** 个别访谈 — talking to members, the secretary, the owner. */
  INTERVIEW,
  /** 问卷测评 — a survey of members or staff. */
  SURVEY,
  /** 系统数据 — data from an information system: dues, member records. */
  DATA
}
