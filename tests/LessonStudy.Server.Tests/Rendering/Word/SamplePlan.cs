using LessonStudy.Server.Features.Rendering.Word;

namespace LessonStudy.Server.Tests.Rendering.Word;

/// <summary>A 教案 as teachers write it, using every construct the writer handles.</summary>
internal static class SamplePlan
{
    public static readonly LessonPlanDocxInfo Info = new(
        School: "实验小学", Group: "三年级语文备课组", Title: "《荷花》", Teacher: "王芳", Subject: "语文", Grade: "三年级",
        Lesson: "第1课时", Date: new DateOnly(2025, 3, 14), VersionName: "第1轮·授课版");

    public const string Markdown = """
        # 《荷花》

        ## 一、教学目标

        1. 认识“荷、挨”等 **8 个生字**，会写“瓣、蓬”等 *13 个字*。
        2. 有感情地朗读课文，背诵第2～4自然段。
           - 体会作者的~~想象~~ ==想象==。
           - 了解 H~2~O 与 x^2^ 的写法（示例）。

        ## 二、教学重难点

        > 重点：感受荷花的美。
        > 难点：体会“一池的荷花就是一大幅活的画”。

        ## 三、教学准备

        - [x] 课件
        - [ ] 荷花图片

        ## 四、教学过程

        ### （一）导入

        出示荷花图片，请学生说一说。参考 [课标](https://example.com/kb) 与 [危险](javascript:alert(1))。

        3. 朗读
        4. 品味

        ### （二）新授

        | 环节 | 时间 | 方式 |
        | :--- | :---: | ---: |
        | 初读 | 5 分钟 | 自读 |
        | 精读 | 15 分钟 | 小组 |

        ```
        板书：荷花 — 美
        ```

        ---

        ## 五、板书设计

        荷花：挨挨挤挤、冒出来

        ## 六、作业设计

        背诵第2～4自然段。

        ## 七、教学反思

        ![板书照片](https://example.com/a.png)
        """;

    public static readonly string[] Headings =
    [
        "一、教学目标", "二、教学重难点", "三、教学准备", "四、教学过程", "（一）导入", "（二）新授", "五、板书设计", "六、作业设计", "七、教学反思",
    ];
}
