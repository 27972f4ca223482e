#!/usr/bin/env python3
"""Writes the appliesTo conditions of the built-in curriculum and question bank (issue 13).

Run from the repository root; it rewrites Data/curriculum.json and Data/questions.json in place, keeping their
formatting (2-space indent, UTF-8, trailing newline). Re-running it gives the same files.
"""
import json

HOLDS_STOCK = {"stock": ["own-stock", "3pl", "made-to-order"]}  # not dropshipping or print-on-demand
FINISHED_STOCK = {"stock": ["own-stock", "3pl"]}
US = {"region": ["us"]}
EU_UK = {"region": ["eu", "uk"]}
CROSS_BORDER = {"crossBorder": ["cross-border"]}
HAS_TEAM = {"team": ["2-5", "6-20", "21+"]}  # not solo
SEVERAL_CHANNELS = {"channels": ["marketplaces", "both", "social", "wholesale"]}  # stock sold in more than one place
RESOLD = {"channels": ["marketplaces", "both", "wholesale"]}  # a listing or a reseller can undercut the brand
OWN_SITE = {"channels": ["own-store", "both", "social", "wholesale"]}  # not marketplace-only: a site of its own
OWN_PLATFORM = {"platform": ["shopify", "woocommerce", "bigcommerce", "other"]}
HAS_REVENUE = {"revenue": ["under-10k", "10k-100k", "100k-1m", "over-1m"]}
SPENDS_AT_SCALE = {"revenue": ["10k-100k", "100k-1m", "over-1m"]}  # enough volume for a holdout to read

LESSONS = {
    # Sourcing: production orders, MOQs and reorders belong to businesses that buy stock.
    "2.1.2.2": HOLDS_STOCK,  # inspections, AQL
    "2.2.1.1": HOLDS_STOCK,  # MOQs, payment terms, Incoterms
    "2.2.2.1": HOLDS_STOCK,  # reorder points, safety stock
    # Fulfilment: packing, stock counts and a 3PL need stock of one's own.
    "13.1.1.2": HOLDS_STOCK,  # packaging, dimensional weight
    "13.1.2.1": HOLDS_STOCK,  # inventory tracking
    "13.2.1.1": FINISHED_STOCK,  # moving to a 3PL
    "14.2.1.3": HOLDS_STOCK,  # funding inventory growth
    # Tax and borders.
    "14.1.2.1": US,  # US sales tax
    "14.1.2.2": EU_UK,  # EU and UK VAT, OSS, IOSS
    "13.2.2.1": CROSS_BORDER,  # duties, import taxes, customs
    "3.2.2.1": CROSS_BORDER,  # markets, currencies, duties on the store
    # Team: a solo founder has no co-founder agreement to sign and no team to run.
    "6.4.1.2": HAS_TEAM,
    "17.2.1.2": HAS_TEAM,
    # Marketplaces and channels.
    "18.1.2.1": SEVERAL_CHANNELS,  # multichannel inventory sync
    "6.6.1.2": RESOLD,  # channel conflict on Amazon and with resellers
    # A store of its own: Shopping feeds, search console, theme, checkout, pixel, signup forms.
    "3.1.2.1": OWN_SITE,
    "3.2.1.1": OWN_SITE,
    "7.1.1.1": OWN_SITE,
    "8.1.1.1": OWN_SITE,
    "8.1.1.2": OWN_SITE,
    "8.2.1.1": OWN_SITE,
    "8.2.1.2": OWN_SITE,
    "9.1.1.1": OWN_SITE,
    "9.1.2.1": OWN_SITE,
    "9.1.2.2": OWN_SITE,
    "10.1.1.2": OWN_SITE,
    "11.1.2.2": OWN_SITE,
    "11.1.2.3": OWN_SITE,
    "16.1.1.1": OWN_SITE,
    "18.2.2.1": OWN_PLATFORM,  # replatforming
    # Stage: valuation needs a trading record; incrementality tests need volume.
    "6.11.1.1": HAS_REVENUE,
    "6.11.1.2": HAS_REVENUE,
    "7.2.2.1": SPENDS_AT_SCALE,
    "16.2.2.2": SPENDS_AT_SCALE,
}

QUESTIONS = {
    # Prompts about production orders, stock orders, packing and 3PLs.
    "q-1-validation": HOLDS_STOCK,
    "q-1-product-launch": HOLDS_STOCK,
    "q-2-quality": HOLDS_STOCK,
    "q-2-terms": HOLDS_STOCK,
    "q-2-reorder": HOLDS_STOCK,
    "q-2-reorder-cycle": HOLDS_STOCK,
    "q-15-product-safety": HOLDS_STOCK,
    "q-13-daily-shipping": HOLDS_STOCK,
    "q-13-reordering": HOLDS_STOCK,
    "q-13-stock-control": HOLDS_STOCK,
    "q-13-fulfillment-choice": HOLDS_STOCK,
    "q-13-monthly-numbers": HOLDS_STOCK,
    "q-13-cost-per-order": HOLDS_STOCK,
    "q-14-inventory-funding": HOLDS_STOCK,
    "q-14-cash-planning": HOLDS_STOCK,
    # Tax: one region per question.
    "q-14-sales-tax": US,
    "q-14-tax-filing": US,
    "q-14-eu-uk-vat": EU_UK,
    "q-14-vat-returns": EU_UK,
    "q-3-cross-border": CROSS_BORDER,
    "q-3-international": CROSS_BORDER,
    # Team meetings and ownership across a team.
    "q-17-team-performance": HAS_TEAM,
    "q-17-team-ownership": HAS_TEAM,
    # Channels.
    "q-18-inventory-sync": SEVERAL_CHANNELS,
    "q-18-stock-source": SEVERAL_CHANNELS,
    "q-6-brand-control": RESOLD,
    "q-8-merchant-feed": OWN_SITE,
    "q-8-pmax-segmentation": OWN_SITE,
    "q-8-feed-margins": OWN_SITE,
    "q-8-margin-targets": OWN_SITE,
    "q-9-search-console": OWN_SITE,
    "q-11-after-changes": OWN_SITE,
    "q-11-change-testing": OWN_SITE,
    "q-3-apps-speed": OWN_SITE,
}


def with_condition(item, after, condition):
    """The item with appliesTo placed right after the key `after` (replacing any earlier one)."""
    out = {}
    for key, value in item.items():
        if key == "appliesTo":
            continue
        out[key] = value
        if key == after and condition:
            out["appliesTo"] = condition
    return out


def rewrite(path, edit):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    edit(data)
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def curriculum(data):
    seen = set()
    for program in data["programs"]:
        for mission in program["missions"]:
            for module in mission["modules"]:
                lessons = module["lessons"]
                for i, lesson in enumerate(lessons):
                    condition = LESSONS.get(lesson["id"])
                    if condition:
                        seen.add(lesson["id"])
                    lessons[i] = with_condition(lesson, "prerequisites" if "prerequisites" in lesson else "path",
                                                condition)
    missing = set(LESSONS) - seen
    assert not missing, f"no such lessons: {sorted(missing)}"


def questions(data):
    seen = set()
    for i, question in enumerate(data["questions"]):
        condition = QUESTIONS.get(question["id"])
        if condition:
            seen.add(question["id"])
        data["questions"][i] = with_condition(question, "checkpoints", condition)
    missing = set(QUESTIONS) - seen
    assert not missing, f"no such questions: {sorted(missing)}"


rewrite("Data/curriculum.json", curriculum)
rewrite("Data/questions.json", questions)
print(f"{len(LESSONS)} lessons and {len(QUESTIONS)} questions carry a condition")
