"""CID 11006 Photoacoustic Imaged Property.

Extensible, version 20230626, UID 1.2.840.10008.6.1.1476.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 11006
NAME: _Final[str] = "Photoacoustic Imaged Property"
KEYWORD: _Final[str | None] = "PhotoacousticImagedProperty"
UID: _Final[str | None] = "1.2.840.10008.6.1.1476"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230626"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BloodOxygenationLevel: _Final[_Code] = _Code(
    "DCM", "110819", "Blood Oxygenation Level", (7180, 11006)
)
"""Blood Oxygenation Level (DCM 110819)."""

BloodDeoxygenationLevel: _Final[_Code] = _Code(
    "DCM", "130823", "Blood Deoxygenation Level", (11006,)
)
"""Blood Deoxygenation Level (DCM 130823)."""

Hemoglobin: _Final[_Code] = _Code("SCT", "38082009", "Hemoglobin", (11006,))
"""Hemoglobin (SCT 38082009)."""

Elasticity: _Final[_Code] = _Code("DCM", "110830", "Elasticity", (7180, 11006, 12308))
"""Elasticity (DCM 110830)."""

Perfusion: _Final[_Code] = _Code("DCM", "110831", "Perfusion", (7180, 11006))
"""Perfusion (DCM 110831)."""

Melanin: _Final[_Code] = _Code("SCT", "59094002", "Melanin", (11006,))
"""Melanin (SCT 59094002)."""

Water: _Final[_Code] = _Code("SCT", "11713004", "Water", (12, 13, 300, 6350, 7180, 11002, 11006))
"""Water (SCT 11713004)."""

Lipid: _Final[_Code] = _Code("SCT", "70106000", "Lipid", (4033, 11006))
"""Lipid (SCT 70106000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BloodOxygenationLevel,
    BloodDeoxygenationLevel,
    Hemoglobin,
    Elasticity,
    Perfusion,
    Melanin,
    Water,
    Lipid,
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
