"""Network health in words: headline, explanation and action per component. Pure."""

from __future__ import annotations

from toolkit.health.figures import (
    COMPONENTS,
    COUNT_FIGURES,
    SHARE_FIGURES,
    Component,
    HealthReport,
    shown_value,
)
from toolkit.i18n import decimal, number, percent, plural, t


def _percent(value: float | None) -> str:
    return str(round(100 * value)) if value is not None else "–"


def figure_text(name: str, value: float | None) -> str:
    """One figure of a snapshot as the participant reads it: "42 %", "142", "0,89"."""
    if value is None or value != value:  # missing, or NaN from a table
        return "–"
    if name in SHARE_FIGURES:
        return percent(shown_value(name, value) / 100)
    if name in COUNT_FIGURES:
        return number(int(shown_value(name, value)))
    return decimal(value, 2)


def headline(component: Component) -> str:
    """The component's figure in a sentence, or "not measurable yet"."""
    d, key = component.details, component.key
    if component.value is None and key not in ("want_to_help", "capacity", "know_how_to_help"):
        return t("health.cli.not_measured")
    params = {
        "think_of_me": lambda: {
            "percent": _percent(component.value),
            "dormant": d["dormant"],
            "rated": d["rated"],
        },
        "know_me": lambda: {"percent": _percent(component.value)},
        "want_to_help": lambda: {
            "gave": d["gave"],
            "received": d["received"],
            "ratio": decimal(component.value) if component.value is not None else "–",
        },
        "know_how_to_help": lambda: {"count": d["heard"]},
        "real_channels": lambda: {"percent": _percent(component.value)},
        "capacity": lambda: {
            "strong": plural(
                "health.capacity.n_people", sum(d["per_circle"][c] for c in (1, 2, 3))
            ),
            "undescribed": d["undescribed"],
        },
        "reach": lambda: {
            "diversity": decimal(component.value, 2),
            "sectors": plural("health.reach.n_sectors", d["sectors"]),
        },
    }[key]()
    return t(f"health.{key}.headline", **params)


def report_lines(report: HealthReport, title: str) -> list[str]:
    """The whole report as text lines: a heading, then each question with its answer."""
    lines = [t("health.cli.heading", title=title, today=report.today.isoformat()), ""]
    for key in COMPONENTS:
        component = report.components[key]
        lines += [
            t(f"health.{key}.title"),
            f"  {headline(component)}",
            f"  {component.explanation()}",
            f"  → {component.action()}",
            "",
        ]
    return lines[:-1]
