"""CID 9576 Reasons for RT Radiation Treatment Omission.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1423.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
RTRadiationPreviouslyDelivered: _Final[_groups.Cid9576Code]
TreatmentUnnecessary: _Final[_groups.Cid9576Code]
TreatmentExceedsPatientTolerance: _Final[_groups.Cid9576Code]
MEMBERS: _Final[tuple[_groups.Cid9576Code, ...]]
