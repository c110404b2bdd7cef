"""Everything rendered for one build, as a list of files under ``generated/``."""

from __future__ import annotations

from generator.ir.standard import Standard
from generator.render.build_info import render_build_info
from generator.render.codes import render_codes
from generator.render.dictionary import render_dictionary
from generator.render.files import RenderedFile, render
from generator.render.models.render import render_models
from generator.render.sr_templates import render_templates
from generator.render.uids import render_uids


def render_package(standard: Standard, report: list[str]) -> list[RenderedFile]:
    """Render the whole ``generated/`` tree for ``standard``; notes go to ``report``."""
    models, model_report = render_models(standard)
    report.extend(model_report)
    return [
        # PEP 561: without the marker, checkers skip the generated half of an
        # editable install (src/ and generated/ on the path, each with its own).
        render("dicomodel/py.typed.jinja2"),
        render_build_info(standard),
        *render_uids(standard),
        *render_dictionary(standard),
        *render_codes(standard),
        *models,
        *render_templates(standard),
    ]
