"""CID 3423 Numeric Device Characteristic.

Extensible, version 20160314, UID 1.2.840.10008.6.1.86.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3423
NAME: _Final[str] = "Numeric Device Characteristic"
KEYWORD: _Final[str | None] = "NumericDeviceCharacteristic"
UID: _Final[str | None] = "1.2.840.10008.6.1.86"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Length: _Final[_Code] = _Code("SCT", "410668003", "Length", (3423, 7470, 12250, 12304))
"""Length (SCT 410668003)."""

Diameter: _Final[_Code] = _Code("SCT", "81827009", "Diameter", (3423, 7470, 12008, 12250, 12304))
"""Diameter (SCT 81827009)."""

CatheterCurve: _Final[_Code] = _Code("DCM", "122097", "Catheter Curve", (3423,))
"""Catheter Curve (DCM 122097)."""

TransmitFrequency: _Final[_Code] = _Code("DCM", "122098", "Transmit Frequency", (3423,))
"""Transmit Frequency (DCM 122098)."""

Volume: _Final[_Code] = _Code(
    "SCT", "118565006", "Volume", (3423, 4050, 7472, 12257, 12258, 12265, 12304)
)
"""Volume (SCT 118565006)."""

InterMarkerDistance: _Final[_Code] = _Code("DCM", "121208", "Inter-Marker Distance", (3423,))
"""Inter-Marker Distance (DCM 121208)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Length,
    Diameter,
    CatheterCurve,
    TransmitFrequency,
    Volume,
    InterMarkerDistance,
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
