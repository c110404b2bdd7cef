"""CID 9527 Teletherapy Isotope.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1237.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 9527
NAME: _Final[str] = "Teletherapy Isotope"
KEYWORD: _Final[str | None] = "TeletherapyIsotope"
UID: _Final[str | None] = "1.2.840.10008.6.1.1237"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

_60Cobalt: _Final[_Code] = _Code("SCT", "5405008", "^60^Cobalt", (18, 9527, 9528))
"""^60^Cobalt (SCT 5405008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (_60Cobalt,)
"""The resolved membership: own members, then those of the included groups, in order."""
