<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ComplianceSidebar</name>
    <message>
        <source>+%1 more, underlined in the editor</source>
        <translation>另有 %1 项，已在编辑器中标出</translation>
    </message>
    <message>
        <source>Checker loading…</source>
        <translation>检查器加载中…</translation>
    </message>
    <message>
        <source>You can keep writing; the check starts in a moment.</source>
        <translation>可以继续写，检查马上开始。</translation>
    </message>
    <message>
        <source>The checker could not start</source>
        <translation>检查器无法启动</translation>
    </message>
    <message>
        <source>No draft open</source>
        <translation>没有打开的草稿</translation>
    </message>
    <message>
        <source>Create a draft with Ctrl+N.</source>
        <translation>按 Ctrl+N 新建草稿。</translation>
    </message>
    <message>
        <source>Not ready to post: fix the blocking items first.</source>
        <translation>暂不能发布：请先修改必改项。</translation>
    </message>
    <message>
        <source>Ready to post</source>
        <translation>可以发布</translation>
    </message>
    <message>
        <source>Nothing blocks this note.</source>
        <translation>没有阻止发布的问题。</translation>
    </message>
    <message>
        <source>%1 ignored in this draft</source>
        <translation>本草稿已忽略 %1 项</translation>
    </message>
    <message>
        <source>COMPLIANCE CHECK</source>
        <translation>合规检查</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>重新显示</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>New workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Name (e.g. the client&apos;s account):</source>
        <translation>名称（例如客户账号）：</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation>（副本）</translation>
    </message>
    <message>
        <source>Version history…</source>
        <translation>历史版本…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到废纸篓</translation>
    </message>
    <message>
        <source>Moved to trash.</source>
        <translation>已移到废纸篓。</translation>
    </message>
    <message>
        <source>Delete “%1” and its version history for good? This cannot be undone.</source>
        <translation>永久删除“%1”及其版本历史？此操作无法撤销。</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>Search drafts (Ctrl+F)</source>
        <translation>搜索草稿 (Ctrl+F)</translation>
    </message>
    <message>
        <source>+ New draft</source>
        <translation>+ 新建草稿</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>废纸篓</translation>
    </message>
    <message>
        <source>Workspace settings: banned words, allow-list, rules</source>
        <translation>工作区设置：禁用词、白名单、规则</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Double-click a draft to restore it; right-click to delete it forever.</source>
        <translation>双击草稿可恢复；右键可永久删除。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>RedNote Studio hit an unexpected error: %1</source>
        <translation>RedNote Studio 遇到了意外错误：%1</translation>
    </message>
    <message>
        <source>Your draft was saved.</source>
        <translation>你的草稿已保存。</translation>
    </message>
    <message>
        <source>Your draft could not be saved automatically.</source>
        <translation>草稿未能自动保存。</translation>
    </message>
    <message>
        <source>Details are in the log: %1</source>
        <translation>详细信息见日志：%1</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Ignore here</source>
        <translation>在此忽略</translation>
    </message>
    <message>
        <source>Hide this finding in this draft only</source>
        <translation>仅在本草稿中隐藏这条提示</translation>
    </message>
    <message>
        <source>Allow in workspace</source>
        <translation>工作区内允许</translation>
    </message>
    <message>
        <source>Add “%1” to this workspace&apos;s allow-list</source>
        <translation>把“%1”加入本工作区白名单</translation>
    </message>
    <message>
        <source>Click to select it in the editor</source>
        <translation>点击在编辑器中选中</translation>
    </message>
</context>
<context>
    <name>HashtagEditor</name>
    <message>
        <source>Type a hashtag first.</source>
        <translation>请先输入话题。</translation>
    </message>
    <message>
        <source>That hashtag is already in this note.</source>
        <translation>这个话题已经添加过了。</translation>
    </message>
    <message>
        <source>A note can carry at most %1 hashtags.</source>
        <translation>一篇笔记最多 %1 个话题。</translation>
    </message>
    <message>
        <source>That hashtag is too long.</source>
        <translation>这个话题太长了。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心词</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>衍生词</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>热门话题</translation>
    </message>
    <message>
        <source>%1/%2 hashtags · recommended: 5 core, 3 derived, 2 trending</source>
        <translation>%1/%2 个话题 · 建议：5 个核心词、3 个衍生词、2 个热门话题</translation>
    </message>
    <message>
        <source>%1/%2 hashtags (%3 in the body) · recommended: 5 core, 3 derived, 2 trending</source>
        <translation>%1/%2 个话题（正文中 %3 个）· 建议：5 个核心词、3 个衍生词、2 个热门话题</translation>
    </message>
    <message>
        <source>Add hashtags: #吉隆坡美食 #探店 (Enter to add)</source>
        <translation>添加话题：#吉隆坡美食 #探店（回车添加）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Core: your main keywords (5). Derived: broader related words (3). Trending: current topics (2).</source>
        <translation>核心词：主要关键词（5 个）。衍生词：相关的更宽泛的词（3 个）。热门话题：当下的推荐话题（2 个）。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Version history</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>Added since this version</source>
        <translation>此版本之后新增</translation>
    </message>
    <message>
        <source>Removed since this version</source>
        <translation>此版本之后删除</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>此版本</translation>
    </message>
    <message>
        <source>Changes since then</source>
        <translation>之后的改动</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>手动保存</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>left the draft</source>
        <translation>切换草稿时</translation>
    </message>
    <message>
        <source>closed the app</source>
        <translation>关闭应用时</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>created from template</source>
        <translation>从模板创建</translation>
    </message>
    <message>
        <source>changed in another window</source>
        <translation>在另一个窗口中被修改</translation>
    </message>
    <message>
        <source>No versions yet: they are recorded as you work.</source>
        <translation>还没有历史版本：写作时会自动记录。</translation>
    </message>
    <message>
        <source>No changes: this version is the current text.</source>
        <translation>没有改动：此版本就是当前内容。</translation>
    </message>
    <message>
        <source>%1 characters added and %2 removed since this version</source>
        <translation>此版本之后新增 %1 个字，删除 %2 个字</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Absolute claims</source>
        <translation>绝对化用语</translation>
    </message>
    <message>
        <source>Promises and guarantees</source>
        <translation>承诺与保证</translation>
    </message>
    <message>
        <source>Finance and investment</source>
        <translation>金融理财</translation>
    </message>
    <message>
        <source>Health claims</source>
        <translation>医疗功效宣称</translation>
    </message>
    <message>
        <source>Superstition</source>
        <translation>封建迷信</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>医疗器械</translation>
    </message>
    <message>
        <source>Health supplements</source>
        <translation>保健食品</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>酒类</translation>
    </message>
    <message>
        <source>Infant formula</source>
        <translation>婴幼儿配方奶粉</translation>
    </message>
    <message>
        <source>Education and training</source>
        <translation>教育培训</translation>
    </message>
    <message>
        <source>Disinfection products</source>
        <translation>消毒产品</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>房地产</translation>
    </message>
    <message>
        <source>Medical and cosmetic services</source>
        <translation>医疗及医美服务</translation>
    </message>
    <message>
        <source>Steering users off the platform</source>
        <translation>站外导流</translation>
    </message>
    <message>
        <source>Inducing interactions</source>
        <translation>诱导互动</translation>
    </message>
    <message>
        <source>Get-rich-quick bait</source>
        <translation>暴富与带单诱饵</translation>
    </message>
    <message>
        <source>Exaggerated effects</source>
        <translation>夸大效果</translation>
    </message>
    <message>
        <source>Disparaging competitors</source>
        <translation>拉踩竞品</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Length limits</source>
        <translation>字数限制</translation>
    </message>
    <message>
        <source>Workspace banned words</source>
        <translation>工作区禁用词</translation>
    </message>
    <message>
        <source>Blocking — fix before posting</source>
        <translation>必改 — 发布前需修改</translation>
    </message>
    <message>
        <source>Warnings — likely to limit reach</source>
        <translation>警告 — 可能被限流</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Cover text</source>
        <translation>封面文字</translation>
    </message>
    <message>
        <source>%n blocking</source>
        <translation>%n 项必改</translation>
    </message>
    <message>
        <source>%n warning(s)</source>
        <translation>%n 项警告</translation>
    </message>
    <message>
        <source>%n note(s)</source>
        <translation>%n 项提示</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This panel could not be loaded: %1</source>
        <translation>此面板无法加载：%1</translation>
    </message>
    <message>
        <source>Saved; a version was added to the history.</source>
        <translation>已保存，并记录了一个历史版本。</translation>
    </message>
    <message>
        <source>About RedNote Studio</source>
        <translation>关于 RedNote Studio</translation>
    </message>
    <message>
        <source>RedNote Studio %1
Write, check and prepare Xiaohongshu notes.</source>
        <translation>RedNote Studio %1
撰写、检查并准备小红书笔记。</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>RedNote Studio</source>
        <translation>RedNote Studio 小红书创作工作室</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>新建草稿(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation>保存版本(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy ready-to-post text</source>
        <translation>复制可发布文本(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export as Markdown or text…</source>
        <translation>导出为 Markdown 或文本(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find drafts</source>
        <translation>查找草稿(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Templates and phrases…</source>
        <translation>模板与文案(&amp;T)…</translation>
    </message>
    <message>
        <source>Version &amp;history…</source>
        <translation>历史版本(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <source>Workspace &amp;settings…</source>
        <translation>工作区设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About RedNote Studio</source>
        <translation>关于 RedNote Studio(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>This draft was also changed in another window; that text is kept in Version history (Ctrl+H).</source>
        <translation>这篇草稿也在另一个窗口中被修改过；那边的文字已保存在版本历史中（Ctrl+H）。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>编辑中…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Could not save the draft: %1. Your text is still here; retrying.</source>
        <translation>草稿无法保存：%1。文字仍在编辑器中，正在重试。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>A title that stops the scroll (20 characters)</source>
        <translation>写一个让人停下来的标题（20 字以内）</translation>
    </message>
    <message>
        <source>Write your note here. Start with a hook; end with an in-platform call to action.</source>
        <translation>在这里写笔记。开头用钩子抓住注意力，结尾引导站内互动。</translation>
    </message>
    <message>
        <source>Counted the platform&apos;s way: Chinese characters 1, Latin letters ½, emoji 2</source>
        <translation>按平台方式计数：汉字算 1，英文字母算 ½，表情算 2</translation>
    </message>
    <message>
        <source>Templates &amp;&amp; phrases…</source>
        <translation>模板与文案…</translation>
    </message>
    <message>
        <source>Copy ready-to-post text</source>
        <translation>复制可发布文本</translation>
    </message>
    <message>
        <source>Title, body and hashtags, formatted to paste (Ctrl+Shift+C)</source>
        <translation>标题、正文和话题，按平台格式排好，直接粘贴 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Try: </source>
        <translation>可改为：</translation>
    </message>
    <message>
        <source>The text changed; check again and retry.</source>
        <translation>文字已改变，请等检查更新后再试。</translation>
    </message>
    <message>
        <source>Copied. Note: this draft still has blocking findings.</source>
        <translation>已复制。注意：这篇草稿仍有必改项。</translation>
    </message>
    <message>
        <source>Copied — ready to paste into the app.</source>
        <translation>已复制，可以直接粘贴到小红书。</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>Export note</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>草稿未保存</translation>
    </message>
    <message>
        <source>The latest changes to this draft could not be saved. The whole note has been copied to the clipboard: paste it somewhere safe before closing this message.</source>
        <translation>这篇草稿最近的修改无法保存。整篇笔记已复制到剪贴板：请先粘贴到安全的地方，再关闭此提示。</translation>
    </message>
</context>
<context>
    <name>NoteTextEdit</name>
    <message>
        <source>Text too long to paste</source>
        <translation>粘贴内容过长</translation>
    </message>
    <message>
        <source>The clipboard holds %1 characters. A note can hold at most 1,000, so the editor accepts at most %2 at a time. Your draft was not changed.</source>
        <translation>剪贴板中有 %1 个字符。一篇笔记最多 1000 字，编辑器一次最多接受 %2 个字符。你的草稿没有改动。</translation>
    </message>
    <message>
        <source>%1 is not a .txt or .md file. Drop text files here; photos go to the Photos tab.</source>
        <translation>%1 不是 .txt 或 .md 文件。这里只能拖入文本文件；照片请拖到“照片”标签页。</translation>
    </message>
    <message>
        <source>%1 is too long for a note.</source>
        <translation>%1 太长，无法放进一篇笔记。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as UTF-8 and drop it again.</source>
        <translation>%1 不是 UTF-8 文本。请另存为 UTF-8 后再拖入。</translation>
    </message>
    <message>
        <source>Cannot insert this file</source>
        <translation>无法插入此文件</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>主页资料</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Library damaged</source>
        <translation>资料库已损坏</translation>
    </message>
    <message>
        <source>Keep it aside and start a new library</source>
        <translation>保留旧文件，新建资料库</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>无法打开资料库</translation>
    </message>
    <message>
        <source>RedNote Studio is already open</source>
        <translation>RedNote Studio 已经打开</translation>
    </message>
    <message>
        <source>RedNote Studio is already running with this library. Switch to that window: two windows on one library overwrite each other&apos;s edits.</source>
        <translation>RedNote Studio 已在使用这个资料库。请切换到那个窗口：两个窗口同时编辑一个资料库会互相覆盖修改。</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>仍然打开</translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation>我的工作区</translation>
    </message>
    <message>
        <source>RedNote Studio did not close properly last time; your drafts were restored from the autosave.</source>
        <translation>RedNote Studio 上次未正常关闭，已从自动保存中恢复你的草稿。</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates &amp; phrases</source>
        <translation>模板与文案</translation>
    </message>
    <message>
        <source>Language of the copy:</source>
        <translation>文案语言：</translation>
    </message>
    <message>
        <source>New draft from this template</source>
        <translation>用此模板新建草稿</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>开头钩子</translation>
    </message>
    <message>
        <source>Openers that stop the scroll.</source>
        <translation>让人停下来的开头。</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>互动引导</translation>
    </message>
    <message>
        <source>In-platform actions only: save, follow, comment, message here.</source>
        <translation>仅限站内行动：收藏、关注、评论、私信。</translation>
    </message>
    <message>
        <source>Double-click or press Insert: hooks open the body, calls to action close it.</source>
        <translation>双击或点“插入”：开头钩子放在正文开头，互动引导放在结尾。</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation>工作区设置</translation>
    </message>
    <message>
        <source>One word per line, e.g. a competitor&apos;s brand</source>
        <translation>每行一个词，例如竞品品牌</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>必改</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>One word per line: never reported in this workspace (e.g. a brand name)</source>
        <translation>每行一个词：在本工作区中不再提示（例如品牌名）</translation>
    </message>
    <message>
        <source>Filter rules</source>
        <translation>筛选规则</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Banned words</source>
        <translation>禁用词</translation>
    </message>
    <message>
        <source>Banned words are</source>
        <translation>禁用词级别</translation>
    </message>
    <message>
        <source>Allow-list</source>
        <translation>白名单</translation>
    </message>
    <message>
        <source>Rules (untick to switch a rule off in this workspace)</source>
        <translation>规则（取消勾选即在本工作区关闭该规则）</translation>
    </message>
    <message>
        <source>The rule list appears once the checker has loaded.</source>
        <translation>检查器加载完成后显示规则列表。</translation>
    </message>
</context>
</TS>
