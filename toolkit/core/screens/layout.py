"""Layouts shared by screens."""

# Buttons as wide as their label: translated labels are longer than ipywidgets' default width.
WIDE_ENOUGH = {"width": "auto"}

# Descriptions and button labels as wide as their words, in French as in English: ipywidgets
# gives them fixed widths and cuts the rest ("Contact suivant à d…"). A minimum width keeps the
# aligned widths where the words fit and widens only where they do not. Shown once a page, by
# the workspace picker at the top of every notebook (a widget's HTML is not sanitised).
FIT_TEXT_CSS = (
    "<style>.jupyter-widgets.widget-label, .jupyter-widgets .widget-label,"
    " .jupyter-widgets.widget-button, .jupyter-widgets.widget-toggle-button,"
    " .widget-toggle-buttons .widget-toggle-button {min-width: max-content}</style>"
)
