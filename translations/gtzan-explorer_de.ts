<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AudioPlayer</name>
    <message>
        <source>There is no audio output device, so nothing can be played.</source>
        <translation>Es gibt kein Audioausgabegerät, daher kann nichts abgespielt werden.</translation>
    </message>
    <message>
        <source>The audio output &quot;%1&quot; cannot play %2 Hz mono.</source>
        <translation>Die Audioausgabe „%1“ kann %2 Hz mono nicht abspielen.</translation>
    </message>
    <message>
        <source>The audio output refused to start (error %1).</source>
        <translation>Die Audioausgabe ließ sich nicht starten (Fehler %1).</translation>
    </message>
</context>
<context>
    <name>ClipInspector</name>
    <message>
        <source>Select a clip to see and hear it.</source>
        <translation>Wählen Sie einen Clip, um ihn zu sehen und zu hören.</translation>
    </message>
    <message>
        <source>%1 — decoding...</source>
        <translation>%1 – wird dekodiert...</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>%1 — %2 s at %3 Hz</source>
        <translation>%1 – %2 s bei %3 Hz</translation>
    </message>
    <message>
        <source>  [B: augmented]</source>
        <translation>  [B: augmentiert]</translation>
    </message>
    <message>
        <source>  [A: original]</source>
        <translation>  [A: Original]</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GTZAN Explorer</source>
        <translation>GTZAN Explorer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open audio file...</source>
        <translation>Audiodatei ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open audio file</source>
        <translation>Audiodatei öffnen</translation>
    </message>
    <message>
        <source>Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3)</source>
        <translation>Audiodateien (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Wiedergabe / Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Data set browser</source>
        <translation>Datensatz-Browser</translation>
    </message>
    <message>
        <source>it waits for the data set engine (scan, splits; issue 3). Open a single file with File &gt; Open audio file.</source>
        <translation>es wartet auf die Datensatz-Engine (Einlesen, Aufteilungen; Issue 3). Öffnen Sie eine einzelne Datei mit Datei &gt; Audiodatei öffnen.</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Augmentation panel</source>
        <translation>Augmentierungs-Panel</translation>
    </message>
    <message>
        <source>it waits for the augmentation engine (engine/augment; issue 3).</source>
        <translation>es wartet auf die Augmentierungs-Engine (engine/augment; Issue 3).</translation>
    </message>
    <message>
        <source>%1 shown in %2 ms</source>
        <translation>%1 in %2 ms angezeigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: not yet.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1: noch nicht verfügbar.&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 wird geöffnet...</translation>
    </message>
</context>
<context>
    <name>SpectrogramControls</name>
    <message>
        <source>Mel</source>
        <translation>Mel</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logarithmisch</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>FFT</source>
        <translation>FFT</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Mel bands</source>
        <translation>Mel-Bänder</translation>
    </message>
</context>
<context>
    <name>SpectrogramView</name>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Hover over the spectrogram to read time, frequency and level.</source>
        <translation>Fahren Sie mit der Maus über das Spektrogramm, um Zeit, Frequenz und Pegel abzulesen.</translation>
    </message>
    <message>
        <source>Level (dB)</source>
        <translation>Pegel (dB)</translation>
    </message>
    <message>
        <source>Frequency (Hz)</source>
        <translation>Frequenz (Hz)</translation>
    </message>
    <message>
        <source>Frequency (Hz, mel scale)</source>
        <translation>Frequenz (Hz, Mel-Skala)</translation>
    </message>
    <message>
        <source>Frequency (Hz, log scale)</source>
        <translation>Frequenz (Hz, logarithmisch)</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>t %1 s   band %2   value %3</source>
        <translation>t %1 s   Band %2   Wert %3</translation>
    </message>
    <message>
        <source>t %1 s   %2 Hz   mel band %3 of %4   %5 dB</source>
        <translation>t %1 s   %2 Hz   Mel-Band %3 von %4   %5 dB</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Amplitude</source>
        <translation>Amplitude</translation>
    </message>
</context>
</TS>
