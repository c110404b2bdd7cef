"""CID 3617 Valve Flow.

Extensible, version 20030327, UID 1.2.840.10008.6.1.167.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3617
NAME: Final[str] = "Valve Flow"
KEYWORD: Final[str | None] = "ValveFlow"
UID: Final[str | None] = "1.2.840.10008.6.1.167"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AorticValveFlow: Final[Code] = Code("SCT", "371845001", "Aortic Valve Flow", (3617,))
"""Aortic Valve Flow (SCT 371845001)."""

MitralValveFlow: Final[Code] = Code("SCT", "371837006", "Mitral Valve Flow", (3617,))
"""Mitral Valve Flow (SCT 371837006)."""

PulmonaryValveFlow: Final[Code] = Code("SCT", "371846000", "Pulmonary Valve Flow", (3617,))
"""Pulmonary Valve Flow (SCT 371846000)."""

TricuspidValveFlow: Final[Code] = Code("SCT", "371840006", "Tricuspid Valve Flow", (3617,))
"""Tricuspid Valve Flow (SCT 371840006)."""

DerivedFlowNonValve: Final[Code] = Code("SCT", "371839009", "Derived Flow, Non-Valve", (3617,))
"""Derived Flow, Non-Valve (SCT 371839009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AorticValveFlow,
    MitralValveFlow,
    PulmonaryValveFlow,
    TricuspidValveFlow,
    DerivedFlowNonValve,
)
"""The resolved membership: own members, then those of the included groups, in order."""
