"""First start: a demo workspace with three drafts so a newcomer sees the point at once.

One clean draft, one with several findings (redirect, absolute claim, health claim,
inducement), and one made from a copy template, plus a food blogger's profile whose third
bio sentence carries exactly one redirect (so the Profile tab shows the checker at work).
Written in the user's language.
"""

from __future__ import annotations

from studio.core.copywriting.library import get_template
from studio.core.i18n import get_language, tr
from studio.core.library.models import Hashtag, Workspace
from studio.core.library.store import Library
from studio.core.profile.bio import Bio
from studio.core.profile.model import Profile
from studio.core.profile.store import save_profile
from studio.core.profile.username import compose_username

_CLEAN = {
    "zh": (
        "吉隆坡周末去哪儿？这条街我逛了三次",
        "上周末第三次去了茨厂街，整理了几家自己常去的小店。\n\n"
        "1. 街口的豆腐花，甜度刚好，一碗五块钱\n"
        "2. 巷子里的咖啡店，早上九点前人比较少\n"
        "3. 傍晚的夜市，记得带零钱\n\n"
        "天气热，建议早上或者傍晚去。你还去过哪些宝藏小店？评论区聊聊～",
        [("吉隆坡", "core"), ("吉隆坡美食", "core"), ("吉隆坡探店", "core"),
         ("茨厂街", "core"), ("周末去哪儿", "core"), ("马来西亚旅行", "derived"),
         ("街头小吃", "derived"), ("城市漫步", "derived"), ("citywalk", "trending"),
         ("周末好去处", "trending")],
    ),
    "en": (
        "Where to spend a weekend in Kuala Lumpur",
        "Last weekend was my third visit to Petaling Street, so here are the little shops "
        "I keep going back to.\n\n"
        "1. The tofu pudding stall at the corner: just sweet enough\n"
        "2. The coffee shop in the alley: quiet before 9 a.m.\n"
        "3. The evening market: bring small change\n\n"
        "It gets hot, so go early or late. Which hidden gems do you know? Tell me in the comments.",
        [("kualalumpur", "core"), ("klfood", "core"), ("petalingstreet", "core"),
         ("malaysiatravel", "derived"), ("streetfood", "derived"), ("citywalk", "trending")],
    ),
}

_RISKY = {
    "zh": (
        "全网最低价！这款面霜是我用过最好的",
        "姐妹们，这款面霜真的是史上最强，用了一周立刻白两个度，还能祛斑、增强免疫力！\n\n"
        "效果保证，无效退款。想要优惠的加我微信 abc12345，或者去某宝搜店名。\n\n"
        "评论区扣1，点赞关注抽三位送同款～",
        [("面霜", "core"), ("护肤", "core"), ("美白", "derived")],
    ),
    "en": (
        "The best cream ever — lowest price online!",
        "This is the best face cream in history: one week and my skin was two shades "
        "brighter, and it even treats spots and boosts immunity!\n\n"
        "Guaranteed results or your money back. For a discount add me on WhatsApp "
        "+60 12-345 6789 or find the shop on Shopee.\n\n"
        "Like, follow and comment 1 to enter the giveaway!",
        [("facecream", "core"), ("skincare", "core")],
    ),
}

# name, identity tag, bio (who / offer / reach). Only the reach sentence has a problem: one
# off-platform contact ("加V信" / "WhatsApp") next to an in-platform channel that is fine.
_PROFILE = {
    "zh": ("阿May", "探店博主", (
        "在吉隆坡吃了十年的广东胃，自费探店",
        "每周更新三家小店，人均五十以内",
        "想去哪家先私信问我，约饭加V信",
    )),
    "en": ("May Tan", "Food Explorer", (
        "A Cantonese stomach eating around KL for ten years",
        "Three small places a week, under RM50 a head",
        "Message me here or find me on WhatsApp",
    )),
}


def _seed_profile(library: Library, workspace_id: int, lang: str) -> None:
    name, tag, (who, offer, reach) = _PROFILE[lang]
    profile = Profile(niche="food", name=name, tag=tag, pattern="identity", style="brackets",
                      username=compose_username(name, tag, "brackets"),
                      bio=Bio(who, offer, reach))
    save_profile(library, workspace_id, profile)


def seed_demo(library: Library) -> Workspace:
    """Create the demo workspace and its drafts (call only when there is no workspace)."""
    lang = get_language()
    workspace = library.create_workspace(tr("Demo workspace", "示例工作区"))
    template = get_template("aisas").text(lang)
    library.create_draft(
        workspace.id, template.title, template.body, template.hashtags, note_type="aisas"
    )
    for title, body, tags in (_CLEAN[lang], _RISKY[lang]):  # the risky one opens first
        library.create_draft(workspace.id, title, body, [Hashtag(t, tier) for t, tier in tags])
    _seed_profile(library, workspace.id, lang)
    library.set_setting("demo_seeded", True)
    return workspace


def ensure_first_run(library: Library) -> Workspace | None:
    """Seed the demo on the very first start; afterwards never again (even if deleted)."""
    if library.list_workspaces() or library.get_setting("demo_seeded", False):
        return None
    return seed_demo(library)
