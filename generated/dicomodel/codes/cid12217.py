"""CID 12217 Echocardiography Cardiac Shunt Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.609.
Includes CID 12220.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12217
NAME: Final[str] = "Echocardiography Cardiac Shunt Measurement"
KEYWORD: Final[str | None] = "EchocardiographyCardiacShuntMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.609"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030918"
INCLUDES: Final[tuple[int, ...]] = (12220,)
EXTERNAL_SCHEME: Final[str | None] = None

PulmonaryToSystemicShuntFlowRatio: Final[Code] = Code(
    "LN", "29462-9", "Pulmonary-to-Systemic Shunt Flow Ratio", (12217, 12276)
)
"""Pulmonary-to-Systemic Shunt Flow Ratio (LN 29462-9)."""

HeartRate: Final[Code] = Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4). Included from CID 12220."""

MEMBERS: Final[tuple[Code, ...]] = (PulmonaryToSystemicShuntFlowRatio, HeartRate)
"""The resolved membership: own members, then those of the included groups, in order."""
