"""CID 10014 Contrast Imaging Technique.

Extensible, version 20071031, UID 1.2.840.10008.6.1.546.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10014
NAME: _Final[str] = "Contrast Imaging Technique"
KEYWORD: _Final[str | None] = "ContrastImagingTechnique"
UID: _Final[str | None] = "1.2.840.10008.6.1.546"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20071031"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DiagnosticRadiographyWithContrastMedia: _Final[_Code] = _Code(
    "SCT", "27483000", "Diagnostic radiography with contrast media", (10014,)
)
"""Diagnostic radiography with contrast media (SCT 27483000)."""

CTWithoutContrast: _Final[_Code] = _Code("SCT", "399331006", "CT without contrast", (10014,))
"""CT without contrast (SCT 399331006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (DiagnosticRadiographyWithContrastMedia, CTWithoutContrast)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
