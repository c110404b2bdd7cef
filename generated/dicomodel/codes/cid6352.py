"""CID 6352 Prostate Cancer Diagnostic Blood Lab Measurement.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1409.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6352
NAME: _Final[str] = "Prostate Cancer Diagnostic Blood Lab Measurement"
KEYWORD: _Final[str | None] = "ProstateCancerDiagnosticBloodLabMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.1409"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ProstateCancerAntigen: _Final[_Code] = _Code("LN", "2857-1", "Prostate Cancer Antigen", (6352,))
"""Prostate Cancer Antigen (LN 2857-1)."""

ProstateSpecificAntigenDensity: _Final[_Code] = _Code(
    "LN", "15325-4", "Prostate specific Antigen Density", (6352,)
)
"""Prostate specific Antigen Density (LN 15325-4)."""

V4kscore: _Final[_Code] = _Code("NCIt", "C142184", "4Kscore", (6352,))
"""4Kscore (NCIt C142184)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_4kscore: _Final[_Code] = V4kscore

MEMBERS: _Final[tuple[_Code, ...]] = (
    ProstateCancerAntigen,
    ProstateSpecificAntigenDensity,
    V4kscore,
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
