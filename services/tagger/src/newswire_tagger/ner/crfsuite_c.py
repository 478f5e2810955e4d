"""CRFsuite's own C tagger, called through its C API with attribute ids instead of feature strings.

pycrfsuite turns every feature string of a sentence into C++ strings, copies them twice and looks each one up in the
model's string table: about a quarter of an article's tagging time. The CRFsuite C library inside pycrfsuite's
extension module exports its C API (``crfsuite.h``, version 0.12), so this module opens the same model file with it,
maps the model's attribute strings to their ids once, and hands the tagger ``crfsuite_instance_t`` arrays built with
numpy for a whole article at a time. The state scores, Viterbi path and marginals are computed by the same C code
as through pycrfsuite, from the same attributes in the same order: the tags and marginals are identical (the tests
compare both). :meth:`CTagger.open` returns None where the C API cannot be reached; :meth:`CTagger.agrees_with`
checks a loaded model against pycrfsuite's reading of it (the same attributes, the same tags and marginals on probe
sentences), so a pycrfsuite built around another CRFsuite falls back to the strings instead of misreading memory.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pycrfsuite
import pycrfsuite._pycrfsuite as _extension

__all__ = ["CTagger", "WindowBatch"]

logger = logging.getLogger(__name__)

# PYFUNCTYPE: the calls keep the GIL, as pycrfsuite's do (one model's tagger is shared, and CRFsuite reallocates
# its lattice per sentence).
_F = ctypes.PYFUNCTYPE
_Ptr = ctypes.c_void_p
_Int = ctypes.c_int
_Double = ctypes.c_double


class _Instance(ctypes.Structure):
    """``crfsuite_instance_t``: an item sequence (labels, weight and group are for training)."""

    _fields_ = (
        ("num_items", _Int),
        ("cap_items", _Int),
        ("items", _Ptr),
        ("labels", _Ptr),
        ("weight", _Double),
        ("group", _Int),
    )


class _Dictionary(ctypes.Structure):
    """``crfsuite_dictionary_t``: the model's string table of attributes or labels."""

    _fields_ = (
        ("internal", _Ptr),
        ("nref", _Int),
        ("addref", _F(_Int, _Ptr)),
        ("release", _F(_Int, _Ptr)),
        ("get", _F(_Int, _Ptr, ctypes.c_char_p)),
        ("to_id", _F(_Int, _Ptr, ctypes.c_char_p)),
        ("to_string", _F(_Int, _Ptr, _Int, ctypes.POINTER(ctypes.c_char_p))),
        ("num", _F(_Int, _Ptr)),
        ("free", _F(None, _Ptr, ctypes.c_char_p)),
    )


class _Tagger(ctypes.Structure):
    """``crfsuite_tagger_t``."""

    _fields_ = (
        ("internal", _Ptr),
        ("nref", _Int),
        ("addref", _F(_Int, _Ptr)),
        ("release", _F(_Int, _Ptr)),
        ("set", _F(_Int, _Ptr, ctypes.POINTER(_Instance))),
        ("length", _F(_Int, _Ptr)),
        ("viterbi", _F(_Int, _Ptr, _Ptr, ctypes.POINTER(_Double))),
        ("score", _F(_Int, _Ptr, _Ptr, ctypes.POINTER(_Double))),
        ("lognorm", _F(_Int, _Ptr, ctypes.POINTER(_Double))),
        ("marginal_point", _F(_Int, _Ptr, _Int, _Int, ctypes.POINTER(_Double))),
        ("marginal_path", _F(_Int, _Ptr, _Ptr, _Int, _Int, ctypes.POINTER(_Double))),
    )


class _Model(ctypes.Structure):
    """``crfsuite_model_t``."""

    _fields_ = (
        ("internal", _Ptr),
        ("nref", _Int),
        ("addref", _F(_Int, _Ptr)),
        ("release", _F(_Int, _Ptr)),
        ("get_tagger", _F(_Int, _Ptr, ctypes.POINTER(_Ptr))),
        ("get_labels", _F(_Int, _Ptr, ctypes.POINTER(_Ptr))),
        ("get_attrs", _F(_Int, _Ptr, ctypes.POINTER(_Ptr))),
        ("dump", _F(_Int, _Ptr, _Ptr)),
    )


# crfsuite_attribute_t {int aid; double value;} and crfsuite_item_t {int num_contents, cap_contents; attribute *}
_ATTRIBUTE = np.dtype([("aid", np.int32), ("value", np.float64)], align=True)
_ITEM = np.dtype([("num", np.int32), ("cap", np.int32), ("contents", np.uintp)], align=True)


def _strings(table: _Dictionary, pointer: _Ptr) -> list[str]:
    """Every string of a model dictionary, in id order."""
    result: list[str] = []
    value = ctypes.c_char_p()
    for identifier in range(table.num(pointer)):
        if table.to_string(pointer, identifier, ctypes.byref(value)) != 0 or value.value is None:
            raise OSError(f"CRFsuite string table has no entry {identifier}")
        result.append(value.value.decode("utf-8"))
        table.free(pointer, value)
    return result


class WindowBatch:
    """The attribute arrays of an article's windows, built once; :meth:`tag` sets one window and decodes it."""

    def __init__(self, tagger: CTagger, rows: Sequence[Sequence[Sequence[int]]]) -> None:
        ids: list[int] = []
        counts: list[int] = []
        for window in rows:
            for row in window:
                ids += row
                counts.append(len(row))
        self._contents: npt.NDArray[np.void] = np.zeros(len(ids), dtype=_ATTRIBUTE)
        self._contents["aid"] = np.fromiter(ids, dtype=np.int32, count=len(ids))  # (faster than from the list)
        self._contents["value"] = 1.0
        if ids and not (
            int(self._contents["aid"].min()) >= 0 and int(self._contents["aid"].max()) < tagger.n_attributes
        ):
            # CRFsuite trusts every id: one out of its table would make it read and write outside the model
            raise ValueError(f"attribute ids outside the model's 0..{tagger.n_attributes - 1}")
        sizes = np.array(counts, dtype=np.int64)
        starts = np.zeros(len(counts), dtype=np.int64)
        np.cumsum(sizes[:-1], out=starts[1:])
        self._items: npt.NDArray[np.void] = np.zeros(len(counts), dtype=_ITEM)
        self._items["num"] = sizes
        self._items["cap"] = sizes
        self._items["contents"] = self._contents.ctypes.data + _ATTRIBUTE.itemsize * starts
        self._first: list[int] = []
        total = 0
        for window in rows:
            self._first.append(total)
            total += len(window)
        self._lengths = [len(window) for window in rows]
        self._tagger = tagger

    def tag(self, window: int) -> list[str]:
        """The best tags of window ``window``; its marginals are then read with :meth:`CTagger.marginal`."""
        length = self._lengths[window]
        if length == 0:
            self._tagger.forget()
            return []
        address = self._items.ctypes.data + _ITEM.itemsize * self._first[window]
        return self._tagger.decode(_Instance(length, length, address, None, 1.0, 0))


class CTagger:
    """One model's C tagger. Not thread-safe: it keeps the last window's lattice, as CRFsuite's tagger does."""

    def __init__(self, model: _Ptr, tagger: _Ptr) -> None:
        self._model_pointer = model  # kept: the tagger refers to the model's memory
        self._pointer = tagger
        api = ctypes.cast(tagger, ctypes.POINTER(_Tagger)).contents
        # Read once: every read of a function-pointer field builds a new ctypes function object.
        self._set, self._viterbi, self._marginal = api.set, api.viterbi, api.marginal_point
        model_api = ctypes.cast(model, ctypes.POINTER(_Model)).contents
        self.labels = self._table(model_api.get_labels, model)
        self.label_ids = {label: i for i, label in enumerate(self.labels)}
        self.attribute_ids = {a: i for i, a in enumerate(self._table(model_api.get_attrs, model))}
        self.n_attributes = len(self.attribute_ids)
        self._length = 0  # of the window decoded last: marginals are read only inside it
        self._path = (ctypes.c_int * 0)()
        self._probability = _Double()
        self._score = _Double()

    @staticmethod
    def _table(getter: Callable[..., int], model: _Ptr) -> list[str]:
        """The strings of the model's labels or attributes (``getter``: the model's ``get_labels``/``get_attrs``)."""
        pointer = _Ptr()
        if getter(model, ctypes.byref(pointer)) != 0 or not pointer.value:
            raise OSError("CRFsuite model has no string table")
        table = ctypes.cast(pointer, ctypes.POINTER(_Dictionary)).contents
        try:
            return _strings(table, pointer)
        finally:
            table.release(pointer)

    @classmethod
    def open(cls, path: Path) -> CTagger | None:
        """The C tagger of the model at ``path``, or None (logged) where CRFsuite's C API cannot be reached."""
        try:
            library = ctypes.CDLL(_extension.__file__)
            create = library.crfsuite_create_instance_from_file
        except (OSError, AttributeError) as error:
            logger.warning("CRFsuite's C API is not reachable (%s): tagging through pycrfsuite", error)
            return None
        create.argtypes = (ctypes.c_char_p, ctypes.POINTER(_Ptr))
        create.restype = _Int
        model = _Ptr()
        if create(str(path).encode(), ctypes.byref(model)) != 0 or not model.value:
            raise OSError(f"CRFsuite could not open {path}")
        tagger = _Ptr()
        if ctypes.cast(model, ctypes.POINTER(_Model)).contents.get_tagger(model, ctypes.byref(tagger)) != 0:
            raise OSError(f"CRFsuite has no tagger for {path}")
        return cls(model, tagger)

    def agrees_with(self, reference: pycrfsuite.Tagger, attributes: frozenset[str]) -> str | None:
        """Why this tagger must not stand in for ``reference`` (pycrfsuite's tagger of the same file, whose
        attributes are ``attributes``), or None: other labels or attributes, or other tags or marginals on probe
        sentences made of the model's own attributes."""
        if list(reference.labels()) != self.labels:
            return f"labels {self.labels} against pycrfsuite's {reference.labels()}"
        if frozenset(self.attribute_ids) != attributes:
            return "another attribute table than pycrfsuite reads"
        names = list(self.attribute_ids)
        step = max(1, len(names) // 97)
        probes = [[names[(i * step + k * 7919) % len(names)] for k in range(12)] for i in range(40)]
        for size in (1, 2, 7, 40):
            rows = probes[:size]
            batch = self.batch([[[self.attribute_ids[a] for a in row] for row in rows]])
            expected = reference.tag(rows)
            if batch.tag(0) != expected:
                return "other tags than pycrfsuite on a probe sentence"
            for t in range(size):
                for label in self.labels:
                    if self.marginal(label, t) != reference.marginal(label, t):
                        return "other marginals than pycrfsuite on a probe sentence"
        return None

    def batch(self, rows: Sequence[Sequence[Sequence[int]]]) -> WindowBatch:
        """The attribute arrays of several windows (each token a list of :attr:`attribute_ids`), to
        :meth:`WindowBatch.tag`."""
        return WindowBatch(self, rows)

    def decode(self, instance: _Instance) -> list[str]:
        """Set ``instance`` and return its Viterbi labels."""
        length = instance.num_items
        if len(self._path) < length:
            self._path = (ctypes.c_int * max(length, 2 * len(self._path)))()
        if self._set(self._pointer, ctypes.byref(instance)) != 0:
            raise OSError("CRFsuite could not set the sequence")
        if self._viterbi(self._pointer, self._path, ctypes.byref(self._score)) != 0:
            raise OSError("CRFsuite could not decode the sequence")
        self._length = length
        labels = self.labels
        return [labels[i] for i in self._path[:length]]

    def forget(self) -> None:
        """No window is set any more (an empty one was asked for)."""
        self._length = 0

    def marginal(self, label: str, t: int) -> float:
        """P(label at token t) in the window decoded last."""
        if not 0 <= t < self._length:
            raise IndexError(f"token {t} outside the window decoded last ({self._length} tokens)")
        self._marginal(self._pointer, self.label_ids[label], t, ctypes.byref(self._probability))
        return float(self._probability.value)
