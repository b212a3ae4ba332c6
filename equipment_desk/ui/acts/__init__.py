"""The act editor and its parts.

- :mod:`.editor` — :class:`~.editor.ActEditorDialog`, one act from draft to signed scan; its layout
  (:mod:`.editor_layout`) and its documents and life (:mod:`.editor_actions`) are parts of it;
- :mod:`.lines` — the table model of an act's lines;
- :mod:`.item_picker` — choosing the items (and how many) to hand over;
- :mod:`.dialogs` — finalize, record as signed, void;
- :mod:`.attachments` — photos and documents kept with an act or an item, and the viewer.
"""
