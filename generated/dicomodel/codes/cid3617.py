"""CID 3617 Valve Flow.

Extensible, version 20030327, UID 1.2.840.10008.6.1.167.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3617
NAME: _Final[str] = "Valve Flow"
KEYWORD: _Final[str | None] = "ValveFlow"
UID: _Final[str | None] = "1.2.840.10008.6.1.167"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AorticValveFlow: _Final[_Code] = _Code("SCT", "371845001", "Aortic Valve Flow", (3617,))
"""Aortic Valve Flow (SCT 371845001)."""

MitralValveFlow: _Final[_Code] = _Code("SCT", "371837006", "Mitral Valve Flow", (3617,))
"""Mitral Valve Flow (SCT 371837006)."""

PulmonaryValveFlow: _Final[_Code] = _Code("SCT", "371846000", "Pulmonary Valve Flow", (3617,))
"""Pulmonary Valve Flow (SCT 371846000)."""

TricuspidValveFlow: _Final[_Code] = _Code("SCT", "371840006", "Tricuspid Valve Flow", (3617,))
"""Tricuspid Valve Flow (SCT 371840006)."""

DerivedFlowNonValve: _Final[_Code] = _Code("SCT", "371839009", "Derived Flow, Non-Valve", (3617,))
"""Derived Flow, Non-Valve (SCT 371839009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AorticValveFlow,
    MitralValveFlow,
    PulmonaryValveFlow,
    TricuspidValveFlow,
    DerivedFlowNonValve,
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
