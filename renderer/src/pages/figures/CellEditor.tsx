import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { viFigures } from '@renderer/i18n/vi-figures';
import { joinRateText, parseAchievedText, splitRateText, type CellInputKind } from './cell-parse';
import { gridCommand, type Step } from './grid-keyboard';

export interface CellEditorProps {
  inputKind: CellInputKind;
  /** The text the editor opens with ("tử số / mẫu số" for two-number cells). */
  initialText: string;
  cellLabel: string;
  numeratorLabel: string;
  denominatorLabel: string;
  onCommit: (text: string, step: Step | null) => void;
  onCancel: () => void;
}

const e = viFigures.editor;

/**
 * The editor over the active cell: one number, two numbers ("tử số / mẫu số": Tab or "/" goes from the first to the
 * second), or Đạt / Chưa đạt. Enter, Tab and ↑/↓ commit and move; Escape cancels; leaving the editor (a click
 * elsewhere) commits where it is.
 */
export function CellEditor(props: CellEditorProps) {
  if (props.inputKind === 'ratio') return <RatioEditor {...props} />;
  if (props.inputKind === 'rate') return <RateEditor {...props} />;
  if (props.inputKind === 'achieved') return <AchievedEditor {...props} />;
  return <NumberEditor {...props} />;
}

/** Commits once: Enter followed by the blur of the unmounting input must not commit twice. */
function useOnce(props: Pick<CellEditorProps, 'onCommit' | 'onCancel'>) {
  const done = useRef(false);
  return {
    commit: (text: string, step: Step | null) => {
      if (done.current) return;
      done.current = true;
      props.onCommit(text, step);
    },
    cancel: () => {
      if (done.current) return;
      done.current = true;
      props.onCancel();
    },
  };
}

function placeCaretAtEnd(input: HTMLInputElement | null) {
  if (!input) return;
  input.focus({ preventScroll: true });
  input.setSelectionRange(input.value.length, input.value.length);
}

/** Keys every editor shares: what `gridCommand` says while editing. Returns whether the key was handled. */
function handleEditingKey(event: KeyboardEvent, once: ReturnType<typeof useOnce>, text: () => string): boolean {
  const command = gridCommand(event, true);
  if (command.type === 'commit') once.commit(text(), command.step);
  else if (command.type === 'cancel') once.cancel();
  else return false;
  event.preventDefault();
  event.stopPropagation();
  return true;
}

function leavesEditor(event: FocusEvent<HTMLElement>): boolean {
  const next = event.relatedTarget as Node | null;
  return !(next && event.currentTarget.closest('.fg-editor')?.contains(next));
}

function NumberEditor({ initialText, cellLabel, ...props }: CellEditorProps) {
  const [text, setText] = useState(initialText);
  const once = useOnce(props);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => placeCaretAtEnd(input.current), []);
  return (
    <div className="fg-editor">
      <input
        ref={input}
        className="fg-editor__input"
        aria-label={e.input(cellLabel)}
        value={text}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => handleEditingKey(event, once, () => text)}
        onBlur={(event) => leavesEditor(event) && once.commit(text, null)}
      />
    </div>
  );
}

function splitRatio(text: string): [string, string] {
  const slash = text.search(/[/;]/);
  if (slash < 0) return [text.trim(), ''];
  return [text.slice(0, slash).trim(), text.slice(slash + 1).trim()];
}

function joinRatio(numerator: string, denominator: string): string {
  return numerator.trim() === '' && denominator.trim() === '' ? '' : `${numerator} / ${denominator}`;
}

function RatioEditor({ initialText, cellLabel, numeratorLabel, denominatorLabel, ...props }: CellEditorProps) {
  const [initialNumerator, initialDenominator] = splitRatio(initialText);
  const [numerator, setNumerator] = useState(initialNumerator);
  const [denominator, setDenominator] = useState(initialDenominator);
  const once = useOnce(props);
  const first = useRef<HTMLInputElement>(null);
  const second = useRef<HTMLInputElement>(null);
  useEffect(() => placeCaretAtEnd(first.current), []);
  const text = () => joinRatio(numerator, denominator);
  const focusSecond = () => {
    second.current?.focus();
    second.current?.select();
  };

  return (
    <div className="fg-editor fg-editor--ratio" role="group" aria-label={e.input(cellLabel)}>
      <label className="fg-editor__part">
        <span className="fg-editor__caption">{numeratorLabel}</span>
        <input
          ref={first}
          className="fg-editor__input"
          value={numerator}
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setNumerator(event.target.value)}
          onKeyDown={(event) => {
            if ((event.key === 'Tab' && !event.shiftKey) || event.key === '/') {
              event.preventDefault();
              event.stopPropagation();
              focusSecond();
              return;
            }
            handleEditingKey(event, once, text);
          }}
          onBlur={(event) => leavesEditor(event) && once.commit(text(), null)}
        />
      </label>
      <span aria-hidden className="fg-editor__slash">
        /
      </span>
      <label className="fg-editor__part">
        <span className="fg-editor__caption">{denominatorLabel}</span>
        <input
          ref={second}
          className="fg-editor__input"
          value={denominator}
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setDenominator(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Tab' && event.shiftKey) {
              event.preventDefault();
              event.stopPropagation();
              first.current?.focus();
              return;
            }
            handleEditingKey(event, once, text);
          }}
          onBlur={(event) => leavesEditor(event) && once.commit(text(), null)}
        />
      </label>
    </div>
  );
}

/**
 * A rate: the rate itself ("4,5" for 4,5%), or numerator and denominator; the denominator may go with the rate so
 * the whole area can weigh the units. Tab moves through the three parts; the caret starts where the cell's figure
 * was typed (the rate, or the numerator).
 */
function RateEditor({ initialText, cellLabel, numeratorLabel, denominatorLabel, ...props }: CellEditorProps) {
  const initial = splitRateText(initialText);
  const [rate, setRate] = useState(initial.rate);
  const [numerator, setNumerator] = useState(initial.numerator);
  const [denominator, setDenominator] = useState(initial.denominator);
  const once = useOnce(props);
  const inputs = [useRef<HTMLInputElement>(null), useRef<HTMLInputElement>(null), useRef<HTMLInputElement>(null)];
  const startAt = initial.rate === '' && initial.numerator !== '' ? 1 : 0;
  useEffect(() => placeCaretAtEnd(inputs[startAt]!.current), []); // eslint-disable-line react-hooks/exhaustive-deps
  // A whole rate cell typed or pasted into the first box ("4,5% / 200", "9 / 200") is read as such.
  const text = () =>
    /[/;=]/.test(rate) ? rate : joinRateText({ rate: rate.replace('%', ''), numerator, denominator });
  const parts: Array<{ caption: string; value: string; set: (v: string) => void }> = [
    { caption: e.rate, value: rate, set: setRate },
    { caption: numeratorLabel, value: numerator, set: setNumerator },
    { caption: denominatorLabel, value: denominator, set: setDenominator },
  ];
  const focus = (index: number) => {
    inputs[index]?.current?.focus();
    inputs[index]?.current?.select();
  };
  return (
    <div className="fg-editor fg-editor--ratio fg-editor--rate" role="group" aria-label={e.input(cellLabel)}>
      {parts.map((part, index) => (
        <span key={part.caption} className="fg-editor__group">
          {index === 1 && (
            <span aria-hidden className="fg-editor__slash">
              {e.or}
            </span>
          )}
          {index === 2 && (
            <span aria-hidden className="fg-editor__slash">
              /
            </span>
          )}
          <label className="fg-editor__part">
            <span className="fg-editor__caption">{part.caption}</span>
            <input
              ref={inputs[index]}
              className="fg-editor__input"
              value={part.value}
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => part.set(event.target.value)}
              onKeyDown={(event) => {
                const forward = event.key === 'Tab' && !event.shiftKey;
                const back = event.key === 'Tab' && event.shiftKey;
                if ((forward && index < 2) || (back && index > 0) || (event.key === '/' && index === 1)) {
                  event.preventDefault();
                  event.stopPropagation();
                  focus(back ? index - 1 : index + 1);
                  return;
                }
                handleEditingKey(event, once, text);
              }}
              onBlur={(event) => leavesEditor(event) && once.commit(text(), null)}
            />
          </label>
        </span>
      ))}
    </div>
  );
}

type AchievedChoice = '' | 'đạt' | 'chưa đạt';

function achievedValueOf(text: string): AchievedChoice {
  const parsed = parseAchievedText(text);
  if (!parsed.ok || parsed.value === null) return '';
  return parsed.value ? 'đạt' : 'chưa đạt';
}

function AchievedEditor({ initialText, cellLabel, ...props }: CellEditorProps) {
  const [value, setValue] = useState(achievedValueOf(initialText));
  const once = useOnce(props);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => select.current?.focus({ preventScroll: true }), []);
  return (
    <div className="fg-editor">
      <select
        ref={select}
        className="fg-editor__input"
        aria-label={e.input(cellLabel)}
        value={value}
        onChange={(event) => setValue(event.target.value as AchievedChoice)}
        onKeyDown={(event) => {
          // ↑/↓ belong to the list here: they choose Đạt or Chưa đạt.
          if (event.key === 'ArrowUp' || event.key === 'ArrowDown') return;
          handleEditingKey(event, once, () => value);
        }}
        onBlur={(event) => leavesEditor(event) && once.commit(value, null)}
      >
        <option value="">{e.achievedBlank}</option>
        <option value="đạt">{viFigures.achieved.yes}</option>
        <option value="chưa đạt">{viFigures.achieved.no}</option>
      </select>
    </div>
  );
}
