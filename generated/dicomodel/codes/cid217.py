"""CID 217 Visual Explanation.

Extensible, version 20191108, UID 1.2.840.10008.6.1.1305.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 217
NAME: _Final[str] = "Visual Explanation"
KEYWORD: _Final[str | None] = "VisualExplanation"
UID: _Final[str | None] = "1.2.840.10008.6.1.1305"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20191108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ClassActivation: _Final[_Code] = _Code("DCM", "130402", "Class activation", (217,))
"""Class activation (DCM 130402)."""

GradientWeightedClassActivation: _Final[_Code] = _Code(
    "DCM", "130403", "Gradient-weighted class activation", (217,)
)
"""Gradient-weighted class activation (DCM 130403)."""

Saliency: _Final[_Code] = _Code("DCM", "130404", "Saliency", (217,))
"""Saliency (DCM 130404)."""

MEMBERS: _Final[tuple[_Code, ...]] = (ClassActivation, GradientWeightedClassActivation, Saliency)
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
