"""CID 7220 RT Dose Derivation.

Extensible, version 20240616, UID 1.2.840.10008.6.1.968.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7220
NAME: _Final[str] = "RT Dose Derivation"
KEYWORD: _Final[str | None] = "RTDoseDerivation"
UID: _Final[str | None] = "1.2.840.10008.6.1.968"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240616"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ComposedFromPriorDoses: _Final[_Code] = _Code("DCM", "121370", "Composed from prior doses", (7220,))
"""Composed from prior doses (DCM 121370)."""

ComposedFromPriorDosesAndCurrentPlan: _Final[_Code] = _Code(
    "DCM", "121371", "Composed from prior doses and current plan", (7220,)
)
"""Composed from prior doses and current plan (DCM 121371)."""

ComposedWithRadiobiologicalEffects: _Final[_Code] = _Code(
    "DCM", "121377", "Composed with radiobiological effects", (7220,)
)
"""Composed with radiobiological effects (DCM 121377)."""

ComposedWithWeightingForFractionsDelivered: _Final[_Code] = _Code(
    "DCM", "121378", "Composed with weighting for fractions delivered", (7220,)
)
"""Composed with weighting for fractions delivered (DCM 121378)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ComposedFromPriorDoses,
    ComposedFromPriorDosesAndCurrentPlan,
    ComposedWithRadiobiologicalEffects,
    ComposedWithWeightingForFractionsDelivered,
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
