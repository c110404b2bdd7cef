"""CID 3037 EOG Annotation – Neurophysiological Enumeration.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1335.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3037
NAME: Final[str] = "EOG Annotation – Neurophysiological Enumeration"
KEYWORD: Final[str | None] = "EOGAnnotationNeurophysiologicalEnumeration"
UID: Final[str | None] = "1.2.840.10008.6.1.1335"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200623"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EyeBlink: Final[Code] = Code("MDC", "2:24280", "Eye blink", (3037,))
"""Eye blink (MDC 2:24280)."""

Saccade: Final[Code] = Code("MDC", "2:24288", "Saccade", (3037,))
"""Saccade (MDC 2:24288)."""

REM: Final[Code] = Code("MDC", "2:24296", "REM", (3037,))
"""REM (MDC 2:24296)."""

SlowEyeMovement: Final[Code] = Code("MDC", "2:24304", "Slow eye movement", (3037,))
"""Slow eye movement (MDC 2:24304)."""

OtherEyeMovement: Final[Code] = Code("MDC", "2:24312", "Other eye movement", (3037,))
"""Other eye movement (MDC 2:24312)."""

EyesClosed: Final[Code] = Code("MDC", "2:24320", "Eyes closed", (3037,))
"""Eyes closed (MDC 2:24320)."""

EyesOpen: Final[Code] = Code("MDC", "2:24328", "Eyes open", (3037,))
"""Eyes open (MDC 2:24328)."""

MEMBERS: Final[tuple[Code, ...]] = (
    EyeBlink,
    Saccade,
    REM,
    SlowEyeMovement,
    OtherEyeMovement,
    EyesClosed,
    EyesOpen,
)
"""The resolved membership: own members, then those of the included groups, in order."""
