"""CID 12215 Echocardiography Vena Cava Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.607.
Includes CID 12220.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12215
NAME: Final[str] = "Echocardiography Vena Cava Measurement"
KEYWORD: Final[str | None] = "EchocardiographyVenaCavaMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.607"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030918"
INCLUDES: Final[tuple[int, ...]] = (12220,)
EXTERNAL_SCHEME: Final[str | None] = None

InferiorVenaCavaDiameter: Final[Code] = Code(
    "LN", "18006-7", "Inferior Vena Cava Diameter", (12215,)
)
"""Inferior Vena Cava Diameter (LN 18006-7)."""

InferiorVenaCavaPercentCollapse: Final[Code] = Code(
    "LN", "18050-5", "Inferior Vena Cava % Collapse", (12215,)
)
"""Inferior Vena Cava % Collapse (LN 18050-5)."""

HeartRate: Final[Code] = Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4). Included from CID 12220."""

MEMBERS: Final[tuple[Code, ...]] = (
    InferiorVenaCavaDiameter,
    InferiorVenaCavaPercentCollapse,
    HeartRate,
)
"""The resolved membership: own members, then those of the included groups, in order."""
