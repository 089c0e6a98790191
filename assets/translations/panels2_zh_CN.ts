<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AvatarCheck</name>
    <message>
        <source>Photo check unavailable: {}</source>
        <translation>照片检查不可用：{}</translation>
    </message>
    <message>
        <source>Checking the avatar for heavy editing…</source>
        <translation>正在检查头像是否修图过度…</translation>
    </message>
    <message>
        <source>Natural look (editing score {score:.0f}/100).</source>
        <translation>看起来很自然（修图分数 {score:.0f}/100）。</translation>
    </message>
    <message>
        <source>Noticeably edited (score {score:.0f}/100): keep it close to how you look.</source>
        <translation>修图较明显（分数 {score:.0f}/100）：头像尽量贴近本人。</translation>
    </message>
    <message>
        <source>Heavily edited (score {score:.0f}/100): the platform polices over-edited photos.</source>
        <translation>修图过度（分数 {score:.0f}/100）：平台会处理过度修图的照片。</translation>
    </message>
</context>
<context>
    <name>BatchCoverDialog</name>
    <message>
        <source>Export covers</source>
        <translation>批量导出封面</translation>
    </message>
    <message>
        <source>Each draft&apos;s cover is rendered at full size from its saved design (the note&apos;s title if the cover has none) and saved without metadata.</source>
        <translation>每篇草稿的封面按已保存的设计以原尺寸渲染（封面没有标题时使用笔记标题），导出文件不含元数据。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>%v of %m covers</source>
        <translation>第 %v / %m 张封面</translation>
    </message>
    <message>
        <source>Save the covers in</source>
        <translation>封面保存到</translation>
    </message>
    <message>
        <source>Tick at least one draft.</source>
        <translation>请至少勾选一篇草稿。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Rendering covers…</source>
        <translation>正在渲染封面…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>1 cover saved in {}</source>
        <translation>已保存 1 张封面到 {}</translation>
    </message>
    <message>
        <source>{} covers saved in {}</source>
        <translation>已保存 {} 张封面到 {}</translation>
    </message>
    <message>
        <source>Stopping after the current cover…</source>
        <translation>当前封面完成后停止…</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>CoverControls</name>
    <message>
        <source>Defaults to the note&apos;s title</source>
        <translation>默认使用笔记标题</translation>
    </message>
    <message>
        <source>Use note title</source>
        <translation>使用笔记标题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Optional: a second line with the payoff</source>
        <translation>可选：第二行写出看点</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Sticker text such as 干货 or 合集</source>
        <translation>贴纸文字，如“干货”“合集”</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>贴纸</translation>
    </message>
    <message>
        <source>Template font</source>
        <translation>模板字体</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板默认</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>对齐</translation>
    </message>
    <message>
        <source>Title colour…</source>
        <translation>标题颜色…</translation>
    </message>
    <message>
        <source>Highlight colour…</source>
        <translation>高亮颜色…</translation>
    </message>
    <message>
        <source>Title colour</source>
        <translation>标题颜色</translation>
    </message>
    <message>
        <source>Highlight colour (marker templates)</source>
        <translation>高亮颜色（荧光笔类模板）</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Outline around the letters</source>
        <translation>文字外的描边</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>阴影</translation>
    </message>
    <message>
        <source>Scrim</source>
        <translation>渐变遮罩</translation>
    </message>
    <message>
        <source>A dark gradient behind the text</source>
        <translation>文字背后的深色渐变</translation>
    </message>
    <message>
        <source>Stroke / effects</source>
        <translation>描边 / 效果</translation>
    </message>
    <message>
        <source>3:4 portrait (recommended)</source>
        <translation>3:4 竖版（推荐）</translation>
    </message>
    <message>
        <source>1:1 square</source>
        <translation>1:1 方形</translation>
    </message>
    <message>
        <source>4:3 landscape</source>
        <translation>4:3 横版</translation>
    </message>
    <message>
        <source>≤ </source>
        <translation>最多 </translation>
    </message>
    <message>
        <source> lines</source>
        <translation> 行</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>纯色…</translation>
    </message>
    <message>
        <source>Solid background colour</source>
        <translation>纯色背景</translation>
    </message>
    <message>
        <source>Use template&apos;s</source>
        <translation>用模板背景</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
</context>
<context>
    <name>CoverPanel</name>
    <message>
        <source>Exported {}</source>
        <translation>已导出 {}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Cover text check</source>
        <translation>封面文字检查</translation>
    </message>
    <message>
        <source>Batch export…</source>
        <translation>批量导出…</translation>
    </message>
    <message>
        <source>Export note package…</source>
        <translation>导出笔记包…</translation>
    </message>
    <message>
        <source>Cover, photos, ready-to-paste text and a compliance report, as a folder or zip for client approval</source>
        <translation>封面、照片、可直接粘贴的文案和合规报告，打包为文件夹或 zip，方便客户审核</translation>
    </message>
    <message>
        <source>Export JPEG…</source>
        <translation>导出 JPEG…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>In the feed</source>
        <translation>在信息流中</translation>
    </message>
    <message>
        <source>Could not save the cover: {}</source>
        <translation>无法保存封面：{}</translation>
    </message>
    <message>
        <source>Choose a background photo</source>
        <translation>选择背景照片</translation>
    </message>
    <message>
        <source>Photo not usable</source>
        <translation>照片无法使用</translation>
    </message>
    <message>
        <source>Nothing on the cover is known to get a note throttled.</source>
        <translation>封面上没有已知会导致限流的内容。</translation>
    </message>
    <message>
        <source>Checking starts as soon as the compliance rules have loaded…</source>
        <translation>合规规则加载完成后即开始检查…</translation>
    </message>
    <message>
        <source>{} × {} px · title set at {} px</source>
        <translation>{} × {} 像素 · 标题字号 {} 像素</translation>
    </message>
    <message>
        <source>{} × {} px</source>
        <translation>{} × {} 像素</translation>
    </message>
    <message>
        <source>Characters no font has were left out: {}</source>
        <translation>以下字符没有可用字体，已省略：{}</translation>
    </message>
    <message>
        <source>The title already fills the room this template gives it: shorten it or choose a template with more room.</source>
        <translation>标题已占满这个模板留给它的空间：请缩短标题，或换一个空间更大的模板。</translation>
    </message>
    <message>
        <source>The cover could not be rendered: {}</source>
        <translation>封面无法渲染：{}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg)</source>
        <translation>JPEG 图片 (*.jpg)</translation>
    </message>
    <message>
        <source>Export cover</source>
        <translation>导出封面</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>CoverPreview</name>
    <message>
        <source>Drag to move the photo behind the title</source>
        <translation>拖动以移动标题背后的照片</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在渲染…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Export failed:</source>
        <translation>导出失败：</translation>
    </message>
</context>
<context>
    <name>FeedPreview</name>
    <message>
        <source>Your note</source>
        <translation>你的笔记</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>博主</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Try: {}</source>
        <translation>可改为：{}</translation>
    </message>
</context>
<context>
    <name>FocusCropper</name>
    <message>
        <source>Drag to choose what stays in view; scroll to zoom.</source>
        <translation>拖动选择要保留的区域；滚动鼠标滚轮缩放。</translation>
    </message>
</context>
<context>
    <name>ImageFiles</name>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>LegibilityCard</name>
    <message>
        <source>Legibility in the feed</source>
        <translation>信息流中的可读性</translation>
    </message>
    <message>
        <source>Add scrim</source>
        <translation>加渐变遮罩</translation>
    </message>
    <message>
        <source>Add stroke</source>
        <translation>加描边</translation>
    </message>
    <message>
        <source>Enlarge title</source>
        <translation>放大标题</translation>
    </message>
    <message>
        <source>Add a title to measure legibility.</source>
        <translation>添加标题后即可评估可读性。</translation>
    </message>
    <message>
        <source>Readable at feed size</source>
        <translation>缩略图中清晰可读</translation>
    </message>
    <message>
        <source>Hard to read at feed size</source>
        <translation>缩略图中难以看清</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <source>need {}:1</source>
        <translation>至少 {}:1</translation>
    </message>
    <message>
        <source>Glyph height at feed size</source>
        <translation>缩略图中的字高</translation>
    </message>
    <message>
        <source>need {} px</source>
        <translation>至少 {} 像素</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export note package</source>
        <translation>导出笔记包</translation>
    </message>
    <message>
        <source>Everything a client needs to approve “{}”: the cover, the photos without metadata, the text ready to paste and a compliance report.</source>
        <translation>客户审核“{}”所需的一切：封面、去除元数据的照片、可直接粘贴的文案和合规报告。</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Zip file</source>
        <translation>Zip 压缩包</translation>
    </message>
    <message>
        <source>As</source>
        <translation>导出为</translation>
    </message>
    <message>
        <source>PNG (lossless)</source>
        <translation>PNG（无损）</translation>
    </message>
    <message>
        <source>JPEG (smaller)</source>
        <translation>JPEG（体积更小）</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the package in</source>
        <translation>笔记包保存到</translation>
    </message>
    <message>
        <source>Rendering the cover and checking the note…</source>
        <translation>正在渲染封面并检查笔记…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing files… {} of {}</source>
        <translation>正在写入文件… 第 {} / {} 个</translation>
    </message>
    <message>
        <source>Exported to {}</source>
        <translation>已导出到 {}</translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Compare with original…</source>
        <translation>与原图对比…</translation>
    </message>
    <message>
        <source>Remove this photo from the note</source>
        <translation>从笔记中移除这张照片</translation>
    </message>
    <message>
        <source>Tint the areas where the editing was detected</source>
        <translation>标出检测到修图的区域</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Pick the unedited photo to measure how much it was retouched</source>
        <translation>选择未修图的原图，测量修图程度</translation>
    </message>
    <message>
        <source>Waiting to be checked…</source>
        <translation>等待检查…</translation>
    </message>
    <message>
        <source>Could not check this photo</source>
        <translation>无法检查这张照片</translation>
    </message>
    <message>
        <source>score {}</source>
        <translation>分数 {}</translation>
    </message>
    <message>
        <source>0 = untouched, 100 = heavily edited</source>
        <translation>0 = 未修图，100 = 重度修图</translation>
    </message>
    <message>
        <source>No sign of heavy filters, smoothing or reshaping.</source>
        <translation>没有发现重滤镜、磨皮或液化的迹象。</translation>
    </message>
    <message>
        <source>Before/after: retouch {}/100. {}</source>
        <translation>修图前后对比：修图程度 {}/100。{}</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Photo check</source>
        <translation>照片检查</translation>
    </message>
    <message>
        <source>Drop up to 18 photos for this note. Each is checked for heavy filters, skin smoothing and reshaping — the platform polices over-edited photos.</source>
        <translation>为这篇笔记拖入最多 18 张照片。每张都会检查重滤镜、磨皮和液化——平台会处理过度修图的照片。</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Export note package…</source>
        <translation>导出笔记包…</translation>
    </message>
    <message>
        <source>Cover, photos, ready-to-paste text and a compliance report, as a folder or zip for client approval</source>
        <translation>封面、照片、可直接粘贴的文案和合规报告，打包为文件夹或 zip，方便客户审核</translation>
    </message>
    <message>
        <source>Checking %v of %m</source>
        <translation>正在检查第 %v / %m 张</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Drag photos here, or click “Add photos…”
JPEG, PNG or WebP · up to 18 per note</source>
        <translation>把照片拖到这里，或点击“添加照片…”
JPEG、PNG 或 WebP · 每篇笔记最多 18 张</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Too many photos</source>
        <translation>照片太多</translation>
    </message>
    <message>
        <source>A note holds up to 18 photos; {} of them were not added.</source>
        <translation>一篇笔记最多 18 张照片，有 {} 张未添加。</translation>
    </message>
    <message>
        <source>Removed {}.</source>
        <translation>已移除 {}。</translation>
    </message>
    <message>
        <source>Original not added</source>
        <translation>未添加原图</translation>
    </message>
    <message>
        <source> · {failed} could not be checked</source>
        <translation> · {failed} 张无法检查</translation>
    </message>
    <message>
        <source>Photo not added</source>
        <translation>照片未添加</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Choose the unedited original</source>
        <translation>选择未修图的原图</translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation>还没有照片。</translation>
    </message>
    <message>
        <source>{n}/18 photos · {ok} natural · {caution} noticeably edited · {over} heavily edited</source>
        <translation>{n}/18 张照片 · {ok} 张自然 · {caution} 张修图明显 · {over} 张修图过度</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>Niche</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Live preview of your profile header</source>
        <translation>主页头部实时预览</translation>
    </message>
    <message>
        <source>Export header as PNG…</source>
        <translation>导出头部为 PNG…</translation>
    </message>
    <message>
        <source>Bio in three sentences</source>
        <translation>三句话简介</translation>
    </message>
    <message>
        <source>1 · Who you are</source>
        <translation>1 · 你是谁</translation>
    </message>
    <message>
        <source>Your identity and what makes you credible.</source>
        <translation>你的身份，以及你值得信任的理由。</translation>
    </message>
    <message>
        <source>2 · What you offer</source>
        <translation>2 · 你能提供什么</translation>
    </message>
    <message>
        <source>The value a follower gets, or the problem you solve.</source>
        <translation>粉丝能得到的价值，或你能解决的问题。</translation>
    </message>
    <message>
        <source>3 · How to reach you</source>
        <translation>3 · 如何联系你</translation>
    </message>
    <message>
        <source>Only in-platform channels: a message here, your group chat or your shop. Phone numbers, WeChat IDs and links get accounts throttled.</source>
        <translation>只写站内渠道：私信、群聊或店铺。手机号、微信号和链接会导致账号限流。</translation>
    </message>
    <message>
        <source>Whole bio</source>
        <translation>整段简介</translation>
    </message>
    <message>
        <source>Copy bio</source>
        <translation>复制简介</translation>
    </message>
    <message>
        <source>Copy the three sentences, one per line, to paste in the app</source>
        <translation>复制三句话简介（每句一行），粘贴到 App 中</translation>
    </message>
    <message>
        <source>Avatar and background</source>
        <translation>头像和背景图</translation>
    </message>
    <message>
        <source>Choose avatar…</source>
        <translation>选择头像…</translation>
    </message>
    <message>
        <source>Choose background…</source>
        <translation>选择背景图…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>No avatar yet. A clear face or logo works best.</source>
        <translation>还没有头像。清晰的正脸或标志效果最好。</translation>
    </message>
    <message>
        <source>No background yet. Calm images keep your name readable.</source>
        <translation>还没有背景图。简洁的画面能让名字更清楚。</translation>
    </message>
    <message>
        <source>Text on the background (optional)</source>
        <translation>背景图上的文字（可选）</translation>
    </message>
    <message>
        <source>Could not save the profile: {}</source>
        <translation>无法保存主页资料：{}</translation>
    </message>
    <message>
        <source>e.g. {}</source>
        <translation>例如：{}</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Image not usable</source>
        <translation>图片无法使用</translation>
    </message>
    <message>
        <source>The compliance checks are still loading; the preview is live.</source>
        <translation>合规检查仍在加载，预览已实时更新。</translation>
    </message>
    <message>
        <source>Nothing in the bio is known to get accounts throttled.</source>
        <translation>简介中没有已知会导致限流的内容。</translation>
    </message>
    <message>
        <source>Checking starts as soon as the compliance rules have loaded…</source>
        <translation>合规规则加载完成后即开始检查…</translation>
    </message>
    <message>
        <source>Ready: nothing blocks this profile.</source>
        <translation>可以使用：没有阻断问题。</translation>
    </message>
    <message>
        <source>1 blocking problem to fix before you use this profile.</source>
        <translation>还有 1 个阻断问题需要修改后再使用这份资料。</translation>
    </message>
    <message>
        <source>{} blocking problems to fix before you use this profile.</source>
        <translation>还有 {} 个阻断问题需要修改后再使用这份资料。</translation>
    </message>
    <message>
        <source>Preview failed: {}</source>
        <translation>预览失败：{}</translation>
    </message>
    <message>
        <source>Export header</source>
        <translation>导出头部</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Header saved as {}</source>
        <translation>头部图已保存为 {}</translation>
    </message>
</context>
<context>
    <name>SentenceField</name>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>Your title here</source>
        <translation>在这里写标题</translation>
    </message>
</context>
<context>
    <name>UsernameBox</name>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Your name, e.g. 林小佳 or Emily Zhang</source>
        <translation>你的名字，如 林小佳 或 Emily Zhang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Name + identity</source>
        <translation>名字 + 身份</translation>
    </message>
    <message>
        <source>Name + what you do</source>
        <translation>名字 + 做什么</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Pick from the list or type your own</source>
        <translation>从列表中选择或自己输入</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the username to paste it in the app</source>
        <translation>复制用户名，粘贴到 App 中</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>(too long)</source>
        <translation>（太长）</translation>
    </message>
</context>
</TS>
