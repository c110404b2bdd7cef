"""CID 12241 Tricuspid Valve Finding Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.632.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 12241
NAME: _Final[str] = "Tricuspid Valve Finding Site"
KEYWORD: _Final[str | None] = "TricuspidValveFindingSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.632"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TricuspidAnnulus: _Final[_Code] = _Code(
    "SCT", "113259005", "Tricuspid Annulus", (3011, 12241, 12305)
)
"""Tricuspid Annulus (SCT 113259005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (TricuspidAnnulus,)
"""The resolved membership: own members, then those of the included groups, in order."""
