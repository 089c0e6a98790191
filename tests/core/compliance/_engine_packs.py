"""Small rule packs written by the engine tests (independent of the bundled rules/*.toml)."""

from __future__ import annotations

from pathlib import Path

from studio.core.compliance import Engine

# One rule per content category, with the classic near misses as exceptions.
UNIT_PACK = r"""
[pack]
id = "unit"

[[rule]]
id = "absolute_terms.superlative"
category = "absolute_terms"
severity = "block"
terms = ["最", "最好", "最好用", "第一", "no.1", "the best", "100%", "顶级"]
exceptions = ["最近", "最后", "最初", "第一次", "第一天"]
patterns = ['史上最\p{Han}{1,2}']
message = { zh = "绝对化用语", en = "Absolute claim" }
suggestions = ["很好"]
[rule.replace]
"最好用" = ["很好用", "个人很喜欢"]

[[rule]]
id = "promise_guarantee.promise"
category = "promise_guarantee"
severity = "block"
terms = ["保证", "包退", "假一赔十"]
exceptions = ["保证金"]
whole_word = true
message = { zh = "承诺", en = "Promise" }

[[rule]]
id = "finance_investment.terms"
category = "finance_investment"
severity = "warn"
terms = ["保本", "收益率", "内部消息"]
message = { zh = "金融", en = "Finance" }

[[rule]]
id = "health_claim.treat"
category = "health_claim"
severity = "block"
terms = ["治疗", "降血压", "排毒"]
message = { zh = "医疗", en = "Health" }

[[rule]]
id = "superstition.luck"
category = "superstition"
severity = "warn"
terms = ["开光", "转运", "辟邪"]
message = { zh = "迷信", en = "Superstition" }

[[rule]]
id = "medical_service.beauty"
category = "medical_service"
severity = "block"
terms = ["水光针", "热玛吉"]
message = { zh = "医美", en = "Cosmetic procedure" }

[[rule]]
id = "education_training.pass"
category = "education_training"
severity = "block"
terms = ["保过", "包过"]
message = { zh = "教培", en = "Education" }

[[rule]]
id = "inducement.like"
category = "inducement"
severity = "warn"
terms = ["点赞关注抽奖", "评论区扣1", "互粉"]
message = { zh = "诱导", en = "Inducement" }

[[rule]]
id = "scam_bait.copy"
category = "scam_bait"
severity = "block"
terms = ["带单", "usdt"]
patterns = ['\d{3,5}变\d{2,4}万']
message = { zh = "骗局", en = "Scam bait" }

[[rule]]
id = "disparagement.words"
category = "disparagement"
severity = "warn"
terms = ["智商税", "吊打"]
message = { zh = "拉踩", en = "Disparagement" }

[[rule]]
id = "medical_device.claims"
category = "medical_device"
severity = "block"
terms = ["理疗仪", "医用级"]
message = { zh = "医疗器械", en = "Medical device" }

[[rule]]
id = "health_supplement.claims"
category = "health_supplement"
severity = "block"
terms = ["保健品", "软化血管"]
message = { zh = "保健食品", en = "Supplement" }

[[rule]]
id = "alcohol.promo"
category = "alcohol"
severity = "warn"
terms = ["白酒", "啤酒"]
exceptions = ["啤酒鸭"]
message = { zh = "酒类", en = "Alcohol" }

[[rule]]
id = "infant_formula.claims"
category = "infant_formula"
severity = "block"
terms = ["婴幼儿配方奶粉", "接近母乳"]
message = { zh = "婴配粉", en = "Infant formula" }

[[rule]]
id = "disinfection.claims"
category = "disinfection"
severity = "block"
terms = ["杀灭病毒"]
patterns = ['杀菌率\d{2}(\.\d+)?%']
message = { zh = "消毒", en = "Disinfection" }

[[rule]]
id = "real_estate.claims"
category = "real_estate"
severity = "warn"
terms = ["学区房", "投资回报"]
message = { zh = "房地产", en = "Real estate" }

[[rule]]
id = "exaggeration.effects"
category = "exaggeration"
severity = "block"
terms = ["一夜回到十八岁"]
patterns = ['(一周|\d+天)瘦\d+斤']
message = { zh = "夸大", en = "Exaggeration" }

[[rule]]
id = "redirect.platforms"
category = "redirect"
severity = "block"
terms = ["微信", "加微信", "qq", "ig", "号码", "加v", "淘宝", "whatsapp"]
message = { zh = "导流", en = "Redirect" }

[[rule]]
id = "redirect.bio_only"
category = "redirect"
severity = "info"
fields = ["bio", "username"]
terms = ["私信"]
message = { zh = "简介", en = "Bio" }
"""

DETECTOR_PACK = "\n".join(
    f'''
[[rule]]
id = "redirect.{name}"
category = "redirect"
severity = "block"
detector = "{name}"
message = {{ zh = "联系方式", en = "Contact" }}
'''
    for name in ("cn_mobile", "my_phone", "email", "url", "qq_number", "contact_handle")
)


def write_pack(directory: Path, text: str, name: str = "pack.toml") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def unit_engine(tmp_path: Path) -> Engine:
    write_pack(tmp_path / "rules", UNIT_PACK, "unit.toml")
    write_pack(tmp_path / "rules", DETECTOR_PACK, "contact.toml")
    return Engine.from_dir(tmp_path / "rules")
