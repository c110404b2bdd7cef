"""CID 3037 EOG Annotation – Neurophysiological Enumeration.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1335.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3037
NAME: _Final[str] = "EOG Annotation – Neurophysiological Enumeration"
KEYWORD: _Final[str | None] = "EOGAnnotationNeurophysiologicalEnumeration"
UID: _Final[str | None] = "1.2.840.10008.6.1.1335"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EyeBlink: _Final[_Code] = _Code("MDC", "2:24280", "Eye blink", (3037,))
"""Eye blink (MDC 2:24280)."""

Saccade: _Final[_Code] = _Code("MDC", "2:24288", "Saccade", (3037,))
"""Saccade (MDC 2:24288)."""

REM: _Final[_Code] = _Code("MDC", "2:24296", "REM", (3037,))
"""REM (MDC 2:24296)."""

SlowEyeMovement: _Final[_Code] = _Code("MDC", "2:24304", "Slow eye movement", (3037,))
"""Slow eye movement (MDC 2:24304)."""

OtherEyeMovement: _Final[_Code] = _Code("MDC", "2:24312", "Other eye movement", (3037,))
"""Other eye movement (MDC 2:24312)."""

EyesClosed: _Final[_Code] = _Code("MDC", "2:24320", "Eyes closed", (3037,))
"""Eyes closed (MDC 2:24320)."""

EyesOpen: _Final[_Code] = _Code("MDC", "2:24328", "Eyes open", (3037,))
"""Eyes open (MDC 2:24328)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    EyeBlink,
    Saccade,
    REM,
    SlowEyeMovement,
    OtherEyeMovement,
    EyesClosed,
    EyesOpen,
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
