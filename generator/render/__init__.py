"""Rendering: IR -> source files through the jinja2 templates in ``templates/``."""
