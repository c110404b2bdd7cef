"""CID 12035 Ultrasound Transducer Application.

Extensible, version 20240324, UID 1.2.840.10008.6.1.810.

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
ExternalTransducer: _Final[_groups.Cid12035Code]
TransesophagealTransducer: _Final[_groups.Cid12035Code]
EndovaginalTransducer: _Final[_groups.Cid12035Code]
EndorectalTransducer: _Final[_groups.Cid12035Code]
IntravascularTransducer: _Final[_groups.Cid12035Code]
EndocavitaryTransducer: _Final[_groups.Cid12035Code]
IntraoperativeTransducer: _Final[_groups.Cid12035Code]
MEMBERS: _Final[tuple[_groups.Cid12035Code, ...]]
