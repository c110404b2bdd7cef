"""CID 210 Qualitative Evaluation Modifier Type.

Extensible, version 20190524, UID 1.2.840.10008.6.1.1285.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 210
NAME: _Final[str] = "Qualitative Evaluation Modifier Type"
KEYWORD: _Final[str | None] = "QualitativeEvaluationModifierType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1285"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190524"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Laterality: _Final[_Code] = _Code("SCT", "272741003", "Laterality", (210,))
"""Laterality (SCT 272741003)."""

TopographicalModifier: _Final[_Code] = _Code("SCT", "106233006", "Topographical modifier", (210,))
"""Topographical modifier (SCT 106233006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Laterality, TopographicalModifier)
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
