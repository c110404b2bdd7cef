"""CID 6130 Severity Descriptor.

Extensible, version 20240611, UID 1.2.840.10008.6.1.450.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Mild: _Final[_Code]
Moderate: _Final[_Code]
Severe: _Final[_Code]
AcuteOnset: _Final[_Code]
Chronic: _Final[_Code]
HyperAcute: _Final[_Code]
Subacute: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
