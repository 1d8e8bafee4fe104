"""Layouts shared by screens."""

# Buttons as wide as their label: translated labels are longer than ipywidgets' default width.
WIDE_ENOUGH = {"width": "auto"}
