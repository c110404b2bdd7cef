"""CID 3423 Numeric Device Characteristic.

Extensible, version 20160314, UID 1.2.840.10008.6.1.86.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3423
NAME: Final[str] = "Numeric Device Characteristic"
KEYWORD: Final[str | None] = "NumericDeviceCharacteristic"
UID: Final[str | None] = "1.2.840.10008.6.1.86"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Length: Final[Code] = Code("SCT", "410668003", "Length", (3423, 7470, 12250, 12304))
"""Length (SCT 410668003)."""

Diameter: Final[Code] = Code("SCT", "81827009", "Diameter", (3423, 7470, 12008, 12250, 12304))
"""Diameter (SCT 81827009)."""

CatheterCurve: Final[Code] = Code("DCM", "122097", "Catheter Curve", (3423,))
"""Catheter Curve (DCM 122097)."""

TransmitFrequency: Final[Code] = Code("DCM", "122098", "Transmit Frequency", (3423,))
"""Transmit Frequency (DCM 122098)."""

Volume: Final[Code] = Code(
    "SCT", "118565006", "Volume", (3423, 4050, 7472, 12257, 12258, 12265, 12304)
)
"""Volume (SCT 118565006)."""

InterMarkerDistance: Final[Code] = Code("DCM", "121208", "Inter-Marker Distance", (3423,))
"""Inter-Marker Distance (DCM 121208)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Length,
    Diameter,
    CatheterCurve,
    TransmitFrequency,
    Volume,
    InterMarkerDistance,
)
"""The resolved membership: own members, then those of the included groups, in order."""
