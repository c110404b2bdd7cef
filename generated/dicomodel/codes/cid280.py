"""CID 280 Longitudinal Temporal Event Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1184.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 280
NAME: _Final[str] = "Longitudinal Temporal Event Type"
KEYWORD: _Final[str | None] = "LongitudinalTemporalEventType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1184"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Enrollment: _Final[_Code] = _Code("NCIt", "C37948", "Enrollment", (280,))
"""Enrollment (NCIt C37948)."""

Baseline: _Final[_Code] = _Code("DCM", "121079", "Baseline", (280, 7003))
"""Baseline (DCM 121079)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Enrollment, Baseline)
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
