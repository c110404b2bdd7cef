"""CID 6130 Severity Descriptor.

Extensible, version 20240611, UID 1.2.840.10008.6.1.450.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6130
NAME: _Final[str] = "Severity Descriptor"
KEYWORD: _Final[str | None] = "SeverityDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.450"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Mild: _Final[_Code] = _Code("SCT", "255604002", "Mild", (3716, 3832, 6130))
"""Mild (SCT 255604002)."""

Moderate: _Final[_Code] = _Code("SCT", "6736007", "Moderate", (3716, 3832, 6130))
"""Moderate (SCT 6736007)."""

Severe: _Final[_Code] = _Code("SCT", "24484000", "Severe", (3716, 3832, 6130))
"""Severe (SCT 24484000)."""

AcuteOnset: _Final[_Code] = _Code("SCT", "385315009", "Acute onset", (6130,))
"""Acute onset (SCT 385315009)."""

Chronic: _Final[_Code] = _Code("SCT", "90734009", "Chronic", (3770, 6130))
"""Chronic (SCT 90734009)."""

HyperAcute: _Final[_Code] = _Code("DCM", "112159", "Hyper-acute", (6130,))
"""Hyper-acute (DCM 112159)."""

Subacute: _Final[_Code] = _Code("SCT", "19939008", "Subacute", (6130,))
"""Subacute (SCT 19939008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Mild,
    Moderate,
    Severe,
    AcuteOnset,
    Chronic,
    HyperAcute,
    Subacute,
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
