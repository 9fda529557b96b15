using static LessonStudy.Server.Features.Exports.DatasetType;

namespace LessonStudy.Server.Features.Exports;

/// <summary>
/// The tables of the research dataset, in the order they are written, with every column's meaning: the
/// one definition the Parquet files, the JSON lines and the README are all written from.
/// </summary>
public static class DatasetTables
{
    private static DatasetColumn C(string name, DatasetType type, string meaning) => new(name, type, meaning);

    private static readonly DatasetColumn PlanId = C("plan_id", Text, "The plan (课题) this row belongs to; joins `plans.plan_id`.");

    public static readonly DatasetTableDefinition Plans = new("plans", "One row per lesson plan (教案): metadata, stage and round now.",
    [
        C("plan_id", Text, "The plan's ID."),
        C("group_id", Text, "Its 备课组."),
        C("group_name", Text, "The 备课组's name."),
        C("school", Text, "The 备课组's school."),
        C("title", Text, "课题."),
        C("subject", Text, "Subject (学科)."),
        C("grade", Text, "Grade (年级)."),
        C("lesson", Text, "课时 (e.g. 第1课时)."),
        C("teacher_id", Text, "执教教师's user ID."),
        C("teacher_name", Text, "执教教师's display name."),
        C("document_id", Text, "The collaborative document holding the plan's Markdown."),
        C("stage", Text, "Stage at export time (draft … final)."),
        C("round", Int, "Round at export time (1 for the first round; +1 each time 交流 goes back to 修正)."),
        C("created_at", Timestamp, "When the plan was created."),
        C("created_by", Text, "Who created it."),
        C("copied_from_plan_id", Text, "The 优秀教案库 plan it started as a copy of, or null."),
        C("linked_plan_ids", Text, "同课异构: IDs of linked plans on the same 课题, space-separated (empty when none)."),
        C("observer_ids", Text, "Invited 观课教师, space-separated user IDs (empty when none)."),
        C("versions", Int, "Number of frozen versions."),
        C("transitions", Int, "Number of stage transitions so far."),
    ]);

    public static readonly DatasetTableDefinition Transitions = new("transitions", "One row per stage transition, in order; each froze a version.",
    [
        PlanId,
        C("seq", Int, "1, 2, … in the order the plan moved."),
        C("from_stage", Text, "The stage left."),
        C("to_stage", Text, "The stage entered."),
        C("from_round", Int, "Round before the transition."),
        C("round", Int, "Round after it (交流 → 修正 starts the next round)."),
        C("by_user_id", Text, "Who moved the plan on."),
        C("at", Timestamp, "When."),
        C("version_id", Text, "The version frozen by this transition; joins `versions.version_id`."),
        C("confirmed_undisposed", Bool, "修正 → 跟踪 was confirmed although suggestions had no disposition."),
        C("undisposed_suggestions", Int, "How many suggestions had no disposition at that moment."),
        C("seconds_in_stage", Real, "Seconds spent in `from_stage` (since the previous transition or the plan's creation)."),
    ]);

    public static readonly DatasetTableDefinition Versions = new("versions", "One row per frozen version: metadata, size and change statistics, and its full Markdown.",
    [
        PlanId,
        C("version_id", Text, "The version's ID."),
        C("name", Text, "As teachers name it: 第1轮·集体研讨稿, 第1轮·授课版, 定稿, or a name given on demand."),
        C("round", Int, "Round it was frozen in."),
        C("stage", Text, "Stage it was frozen from."),
        C("kind", Text, "`transition` (frozen by a stage change) or `manual` (saved on demand)."),
        C("created_by", Text, "Who froze it."),
        C("created_at", Timestamp, "When."),
        C("previous_version_id", Text, "The version before it (the base of the change statistics), or null for the first."),
        C("characters", Int, "Length of the Markdown."),
        C("lines", Int, "Lines of the Markdown."),
        C("characters_added", Int, "Characters added since the previous version, by all members together."),
        C("characters_removed", Int, "Characters removed since the previous version, by all members together."),
        C("authors", Int, "People who wrote some of this version's text (from the CRDT attribution; the server's template text not counted)."),
        C("markdown", Text, "The version's full text (Markdown, root text `content` of the document)."),
    ]);

    public static readonly DatasetTableDefinition VersionChanges = new("version_changes", "One row per version and member: what that member changed since the previous version and how much of the version's text they wrote.",
    [
        PlanId,
        C("version_id", Text, "The version; joins `versions.version_id`."),
        C("user_id", Text, "The member; `@server` for text the server wrote (the school template)."),
        C("characters_added", Int, "Characters this member added since the previous version."),
        C("characters_removed", Int, "Characters this member removed since the previous version."),
        C("characters_authored", Int, "Characters of this version's text written by this member."),
    ]);

    public static readonly DatasetTableDefinition Comments = new("comments", "One row per comment or reply (评课意见), with the thread's disposition on the comment's row.",
    [
        PlanId,
        C("comment_id", Text, "The thread (the comment's ID; replies carry their thread's)."),
        C("reply_id", Text, "The reply's ID, or null on the comment's own row."),
        C("kind", Text, "`comment` or `reply`."),
        C("round", Int, "Round it was written in."),
        C("stage", Text, "Stage it was written in."),
        C("version_id", Text, "The version the stage started from (what the comment was made on), or null."),
        C("author_id", Text, "Who wrote it."),
        C("author_name", Text, "Their display name."),
        C("category", Text, "The thread's category: `highlight` 亮点, `weakness` 不足, `suggestion` 建议."),
        C("body", Text, "The text as it stands (also for deleted ones: deletion keeps the text for analysis)."),
        C("quote", Text, "The plan text the comment was anchored to when written, or null (replies, unanchored)."),
        C("anchor_index", Int, "UTF-16 offset of the quote in the document when written, or null."),
        C("created_at", Timestamp, "When written."),
        C("edited_at", Timestamp, "Last edit, or null."),
        C("edit_count", Int, "How often the text was edited."),
        C("deleted", Bool, "Deleted by its author."),
        C("deleted_at", Timestamp, "When deleted, or null."),
        C("resolved", Bool, "The thread is resolved (comment rows only)."),
        C("resolved_by", Text, "Who resolved it, or null."),
        C("resolved_at", Timestamp, "When, or null."),
        C("disposition", Text, "The disposition in force: `adopted` 采纳, `rejected` 不采纳, `deferred` 暂缓, or null (none; always null on replies)."),
        C("disposition_reason", Text, "The reason given for `rejected` (or any note), or null."),
        C("disposition_version_id", Text, "The version where the suggestion was addressed, or null (the next version frozen after `disposition_at`)."),
        C("disposition_at", Timestamp, "When the disposition in force was recorded, or null."),
        C("dispositions", Int, "How many dispositions were recorded on the thread (see `dispositions`)."),
    ]);

    public static readonly DatasetTableDefinition Dispositions = new("dispositions", "One row per disposition recorded by the 执教教师 on a suggestion, oldest first; the last per thread is in force.",
    [
        PlanId,
        C("comment_id", Text, "The thread; joins `comments.comment_id`."),
        C("seq", Int, "1, 2, … per thread."),
        C("disposition", Text, "`adopted` 采纳, `rejected` 不采纳, `deferred` 暂缓."),
        C("reason", Text, "Reason (required for `rejected`), or null."),
        C("version_id", Text, "The version where it was addressed, or null."),
        C("by_user_id", Text, "Who recorded it (the 执教教师)."),
        C("round", Int, "Round it was recorded in."),
        C("at", Timestamp, "When."),
    ]);

    public static readonly DatasetTableDefinition Observations = new("observations", "听课记录: one row per timestamped note (`kind` = note) and per closing 三个一 summary (`kind` = summary).",
    [
        PlanId,
        C("observation_id", Text, "The 听课记录 (one per observer and round)."),
        C("round", Int, "Round observed."),
        C("observer_id", Text, "The observer."),
        C("observer_name", Text, "Their display name."),
        C("version_id", Text, "The 授课版 observed; joins `versions.version_id`."),
        C("lesson_started_at", Timestamp, "When the observer started the lesson clock, or null."),
        C("kind", Text, "`note` or `summary`."),
        C("note_id", Text, "The note's ID (notes), or null."),
        C("offset_seconds", Int, "Seconds since the lesson started (notes), or null."),
        C("at", Timestamp, "Wall time of the note or summary."),
        C("text", Text, "The note's text (notes), or null."),
        C("category", Text, "The note's category if given (highlight / weakness / suggestion), or null."),
        C("section", Text, "The 授课版 section (heading) the note is anchored to, or null."),
        C("quote", Text, "The taught text the note is anchored to, or null."),
        C("highlight", Text, "Summary: 亮点 (summaries), or null."),
        C("weakness", Text, "Summary: 不足 (summaries), or null."),
        C("suggestion", Text, "Summary: 建议 (summaries), or null."),
        C("edit_count", Int, "How often the note was edited (notes), or null."),
        C("deleted", Bool, "The note was deleted by its author (kept for analysis)."),
    ]);

    public static readonly DatasetTableDefinition Reflections = new("reflections", "One row per round's 课后反思 by the 执教教师 (its current text).",
    [
        PlanId,
        C("round", Int, "The round reflected on."),
        C("teacher_id", Text, "The 执教教师."),
        C("revision", Int, "How many times it was saved."),
        C("characters", Int, "Length of the text."),
        C("updated_by", Text, "Who saved it last."),
        C("updated_at", Timestamp, "When it was saved last."),
        C("markdown", Text, "The text (Markdown)."),
    ]);

    public static readonly DatasetTableDefinition Participation = new("participation", "One row per plan and person involved: what they contributed (the basis of the 教师专业成长记录袋).",
    [
        PlanId,
        C("user_id", Text, "The person."),
        C("display_name", Text, "Their display name."),
        C("roles", Text, "Their roles on the plan, space-separated: teacher, leader, member, observer."),
        C("versions_contributed", Int, "Versions in which they added or removed text since the previous version."),
        C("characters_added", Int, "Characters they added, summed over all versions."),
        C("characters_removed", Int, "Characters they removed, summed over all versions."),
        C("characters_authored", Int, "Characters of the latest version written by them."),
        C("comments", Int, "Comments written (not deleted)."),
        C("comments_highlight", Int, "… of which 亮点."),
        C("comments_weakness", Int, "… of which 不足."),
        C("comments_suggestion", Int, "… of which 建议."),
        C("replies", Int, "Replies written (not deleted)."),
        C("observations", Int, "听课记录 kept (rounds observed with a started clock, a note or a summary)."),
        C("observation_notes", Int, "Notes kept (not deleted)."),
        C("observation_summaries", Int, "三个一 summaries written."),
        C("reflections", Int, "课后反思 written (rounds)."),
        C("transitions", Int, "Stage transitions they made."),
    ]);

    public static readonly DatasetTableDefinition Events = new("events", "The analysis event stream for the scope, one row per event in time order (docs/storage.md describes every kind's data).",
    [
        C("event_id", Text, "The event's ID."),
        C("kind", Text, "The event kind (e.g. plan.transition, comment.created; see docs/storage.md)."),
        C("at", Timestamp, "When it happened."),
        C("user_id", Text, "Who did it."),
        C("group_id", Text, "The 备课组, or null."),
        C("plan_id", Text, "The plan, or null (group events)."),
        C("round", Int, "The plan's round then, or null."),
        C("stage", Text, "The plan's stage then, or null."),
        C("schema_version", Int, "The event line's schema version."),
        C("data_json", Text, "The kind's own fields, as a JSON object."),
    ]);

    /// <summary>Every table, in the order of the zip and the README.</summary>
    public static readonly IReadOnlyList<DatasetTableDefinition> All =
        [Plans, Transitions, Versions, VersionChanges, Comments, Dispositions, Observations, Reflections, Participation, Events];
}
