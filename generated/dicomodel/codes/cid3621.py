"""CID 3621 Fractional Flow Reserve.

Extensible, version 20030327, UID 1.2.840.10008.6.1.171.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3621
NAME: Final[str] = "Fractional Flow Reserve"
KEYWORD: Final[str | None] = "FractionalFlowReserve"
UID: Final[str | None] = "1.2.840.10008.6.1.171"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FractionalFlowReserve: Final[Code] = Code("SCT", "371842003", "Fractional flow reserve", (3621,))
"""Fractional flow reserve (SCT 371842003)."""

FractionalFlowReserveUsingIntracoronaryBolus: Final[Code] = Code(
    "SCT", "371835003", "Fractional Flow Reserve using intracoronary bolus", (3621,)
)
"""Fractional Flow Reserve using intracoronary bolus (SCT 371835003)."""

FractionalFlowReserveUsingIntravenousInfusion: Final[Code] = Code(
    "SCT", "371841005", "Fractional Flow Reserve using intravenous infusion", (3621,)
)
"""Fractional Flow Reserve using intravenous infusion (SCT 371841005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    FractionalFlowReserve,
    FractionalFlowReserveUsingIntracoronaryBolus,
    FractionalFlowReserveUsingIntravenousInfusion,
)
"""The resolved membership: own members, then those of the included groups, in order."""
