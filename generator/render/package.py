"""Everything rendered for one build, as a list of files under ``generated/``."""

from __future__ import annotations

from generator.ir.standard import Standard
from generator.render.build_info import render_build_info
from generator.render.files import RenderedFile


def render_package(standard: Standard) -> list[RenderedFile]:
    """Render the whole ``generated/`` tree for ``standard``."""
    return [render_build_info(standard)]
