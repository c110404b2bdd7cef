"""CID 6065 Instrument Approach.

Extensible, version 20160314, UID 1.2.840.10008.6.1.394.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6065
NAME: Final[str] = "Instrument Approach"
KEYWORD: Final[str | None] = "InstrumentApproach"
UID: Final[str | None] = "1.2.840.10008.6.1.394"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Medial: Final[Code] = Code("SCT", "255561001", "Medial", (2, 5, 4005, 6065, 12117, 12281))
"""Medial (SCT 255561001)."""

Lateral: Final[Code] = Code("SCT", "49370004", "Lateral", (2, 5, 26, 212, 4005, 6065, 12117, 12281))
"""Lateral (SCT 49370004)."""

Superior: Final[Code] = Code("SCT", "264217000", "Superior", (2, 5, 212, 4005, 6065, 12117))
"""Superior (SCT 264217000)."""

Inferior: Final[Code] = Code("SCT", "261089000", "Inferior", (2, 5, 212, 4005, 6065, 12117, 12281))
"""Inferior (SCT 261089000)."""

InferolateralToSuperomedial: Final[Code] = Code(
    "DCM", "111432", "Inferolateral to superomedial", (6065,)
)
"""Inferolateral to superomedial (DCM 111432)."""

InferomedialToSuperolateral: Final[Code] = Code(
    "DCM", "111433", "Inferomedial to superolateral", (6065,)
)
"""Inferomedial to superolateral (DCM 111433)."""

SuperolateralToInferomedial: Final[Code] = Code(
    "DCM", "111434", "Superolateral to inferomedial", (6065,)
)
"""Superolateral to inferomedial (DCM 111434)."""

SuperomedialToInferolateral: Final[Code] = Code(
    "DCM", "111435", "Superomedial to inferolateral", (6065,)
)
"""Superomedial to inferolateral (DCM 111435)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Medial,
    Lateral,
    Superior,
    Inferior,
    InferolateralToSuperomedial,
    InferomedialToSuperolateral,
    SuperolateralToInferomedial,
    SuperomedialToInferolateral,
)
"""The resolved membership: own members, then those of the included groups, in order."""
