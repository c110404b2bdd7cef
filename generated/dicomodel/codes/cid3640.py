"""CID 3640 Hypertension.

Extensible, version 20040920, UID 1.2.840.10008.6.1.176.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3640
NAME: Final[str] = "Hypertension"
KEYWORD: Final[str | None] = "Hypertension"
UID: Final[str | None] = "1.2.840.10008.6.1.176"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040920"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PulmonaryHypertension: Final[Code] = Code(
    "SCT", "70995007", "Pulmonary hypertension", (64, 3640, 3700, 3728)
)
"""Pulmonary hypertension (SCT 70995007)."""

SystemicArterialHypertension: Final[Code] = Code(
    "SCT", "38341003", "Systemic arterial hypertension", (60, 3201, 3211, 3640, 12246)
)
"""Systemic arterial hypertension (SCT 38341003)."""

MEMBERS: Final[tuple[Code, ...]] = (PulmonaryHypertension, SystemicArterialHypertension)
"""The resolved membership: own members, then those of the included groups, in order."""
