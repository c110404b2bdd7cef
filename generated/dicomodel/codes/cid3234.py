"""CID 3234 Ectopic Beat Morphology.

Extensible, version 20080927, UID 1.2.840.10008.6.1.780.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3234
NAME: _Final[str] = "Ectopic Beat Morphology"
KEYWORD: _Final[str | None] = "EctopicBeatMorphology"
UID: _Final[str | None] = "1.2.840.10008.6.1.780"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

VentricularTachycardia: _Final[_Code] = _Code(
    "SCT", "25569003", "Ventricular tachycardia", (3230, 3234, 3700)
)
"""Ventricular tachycardia (SCT 25569003)."""

VentricularBigeminy: _Final[_Code] = _Code("SCT", "11157007", "Ventricular bigeminy", (3234,))
"""Ventricular bigeminy (SCT 11157007)."""

MultifocalPvcs: _Final[_Code] = _Code("SCT", "10626002", "Multifocal PVCs", (3234,))
"""Multifocal PVCs (SCT 10626002)."""

UnifocalPvcs: _Final[_Code] = _Code("SCT", "27337007", "Unifocal PVCs", (3234,))
"""Unifocal PVCs (SCT 27337007)."""

VentricularTachycardiaPolymorphic: _Final[_Code] = _Code(
    "SCT", "251159007", "Ventricular tachycardia, polymorphic", (3234,)
)
"""Ventricular tachycardia, polymorphic (SCT 251159007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    VentricularTachycardia,
    VentricularBigeminy,
    MultifocalPvcs,
    UnifocalPvcs,
    VentricularTachycardiaPolymorphic,
)
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
