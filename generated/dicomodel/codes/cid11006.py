"""CID 11006 Photoacoustic Imaged Property.

Extensible, version 20230626, UID 1.2.840.10008.6.1.1476.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 11006
NAME: Final[str] = "Photoacoustic Imaged Property"
KEYWORD: Final[str | None] = "PhotoacousticImagedProperty"
UID: Final[str | None] = "1.2.840.10008.6.1.1476"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230626"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BloodOxygenationLevel: Final[Code] = Code("DCM", "110819", "Blood Oxygenation Level", (7180, 11006))
"""Blood Oxygenation Level (DCM 110819)."""

BloodDeoxygenationLevel: Final[Code] = Code("DCM", "130823", "Blood Deoxygenation Level", (11006,))
"""Blood Deoxygenation Level (DCM 130823)."""

Hemoglobin: Final[Code] = Code("SCT", "38082009", "Hemoglobin", (11006,))
"""Hemoglobin (SCT 38082009)."""

Elasticity: Final[Code] = Code("DCM", "110830", "Elasticity", (7180, 11006, 12308))
"""Elasticity (DCM 110830)."""

Perfusion: Final[Code] = Code("DCM", "110831", "Perfusion", (7180, 11006))
"""Perfusion (DCM 110831)."""

Melanin: Final[Code] = Code("SCT", "59094002", "Melanin", (11006,))
"""Melanin (SCT 59094002)."""

Water: Final[Code] = Code("SCT", "11713004", "Water", (12, 13, 300, 6350, 7180, 11002, 11006))
"""Water (SCT 11713004)."""

Lipid: Final[Code] = Code("SCT", "70106000", "Lipid", (4033, 11006))
"""Lipid (SCT 70106000)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
