"""CID 637 Exogenous Substance Type.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1102.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 637
NAME: _Final[str] = "Exogenous Substance Type"
KEYWORD: _Final[str | None] = "ExogenousSubstanceType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1102"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

GraftMaterial: _Final[_Code] = _Code("SCT", "246345001", "Graft material", (637,))
"""Graft material (SCT 246345001)."""

TumorGraft: _Final[_Code] = _Code("DCM", "127460", "Tumor Graft", (637,))
"""Tumor Graft (DCM 127460)."""

Fibril: _Final[_Code] = _Code("SCT", "88921000", "Fibril", (637,))
"""Fibril (SCT 88921000)."""

Virus: _Final[_Code] = _Code("SCT", "49872002", "Virus", (637,))
"""Virus (SCT 49872002)."""

Cytokine: _Final[_Code] = _Code("SCT", "75777003", "Cytokine", (637,))
"""Cytokine (SCT 75777003)."""

Toxin: _Final[_Code] = _Code("SCT", "80917008", "Toxin", (637,))
"""Toxin (SCT 80917008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (GraftMaterial, TumorGraft, Fibril, Virus, Cytokine, Toxin)
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
