"""CID 3229 ECG Axis Measurement.

Extensible, version 20080927, UID 1.2.840.10008.6.1.775.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3229
NAME: _Final[str] = "ECG Axis Measurement"
KEYWORD: _Final[str | None] = "ECGAxisMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.775"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

QRSAxis: _Final[_Code] = _Code("MDC", "2:16132", "QRS axis", (3229,))
"""QRS axis (MDC 2:16132)."""

PAxis: _Final[_Code] = _Code("MDC", "2:16128", "P Axis", (3229,))
"""P Axis (MDC 2:16128)."""

TAxis: _Final[_Code] = _Code("MDC", "2:16136", "T axis", (3229,))
"""T axis (MDC 2:16136)."""

MEMBERS: _Final[tuple[_Code, ...]] = (QRSAxis, PAxis, TAxis)
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
