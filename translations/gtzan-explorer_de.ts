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
        <source>The audio output "%1" cannot play %2 Hz mono.</source>
        <translation>Die Audioausgabe „%1“ kann %2 Hz mono nicht abspielen.</translation>
    </message>
    <message>
        <source>The audio output refused to start (error %1).</source>
        <translation>Die Audioausgabe ließ sich nicht starten (Fehler %1).</translation>
    </message>
</context>
<context>
    <name>AugmentationPanel</name>
    <message>
        <source>Randomise</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>A/B: showing A (original)</source>
        <translation>A/B: zeigt A (Original)</translation>
    </message>
    <message>
        <source>Play augmented (B)</source>
        <translation>Augmentiert abspielen (B)</translation>
    </message>
    <message>
        <source>Export augmented WAV...</source>
        <translation>Augmentierte WAV exportieren...</translation>
    </message>
    <message>
        <source>White noise SNR</source>
        <translation>Weißes Rauschen, SNR</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Time shift</source>
        <translation>Zeitverschiebung</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Time stretch</source>
        <translation>Zeitdehnung</translation>
    </message>
    <message>
        <source>x</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Pitch shift</source>
        <translation>Tonhöhe verschieben</translation>
    </message>
    <message>
        <source>semitones</source>
        <translation>Halbtöne</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <source>Frequency masks (2)</source>
        <translation>Frequenzmasken (2)</translation>
    </message>
    <message>
        <source>bands</source>
        <translation>Bänder</translation>
    </message>
    <message>
        <source>Time masks (2)</source>
        <translation>Zeitmasken (2)</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Next seed, then draw the preset's intensities for this clip, as training would</source>
        <translation>Nächster Seed, dann die Stärken der Voreinstellung für diesen Clip ziehen, wie beim Training</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Switch between the original (A) and the augmented clip (B)</source>
        <translation>Zwischen Original (A) und augmentiertem Clip (B) umschalten</translation>
    </message>
    <message>
        <source>Play the augmented clip (key B; key A plays the original)</source>
        <translation>Den augmentierten Clip abspielen (Taste B; Taste A spielt das Original)</translation>
    </message>
    <message>
        <source>A/B: showing B (augmented)</source>
        <translation>A/B: zeigt B (augmentiert)</translation>
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
        <source>   [B: augmented]</source>
        <translation>   [B: augmentiert]</translation>
    </message>
    <message>
        <source>   [A: original]</source>
        <translation>   [A: Original]</translation>
    </message>
</context>
<context>
    <name>ClipTableModel</name>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>DatasetBrowser</name>
    <message>
        <source>Open a GTZAN folder (File &gt; Open folder, or drop it on the window).</source>
        <translation>Einen GTZAN-Ordner öffnen (Datei &gt; Ordner öffnen, oder ihn auf das Fenster ziehen).</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>Filter clips by name...</source>
        <translation>Clips nach Namen filtern...</translation>
    </message>
    <message>
        <source>Scanning %1...</source>
        <translation>%1 wird durchsucht...</translation>
    </message>
    <message>
        <source>%1: %2 clips, %3 h %4 min (%5 layout)%6</source>
        <translation>%1: %2 Clips, %3 h %4 min (Layout %5)%6</translation>
    </message>
    <message>
        <source>; %1 with problems (badged)</source>
        <translation>; %1 mit Problemen (markiert)</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Alle Genres</translation>
    </message>
    <message>
        <source> | split %1: %2 train / %3 validation / %4 test here</source>
        <translation> | Aufteilung %1: hier %2 Training / %3 Validierung / %4 Test</translation>
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
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>%1 shown in %2 ms</source>
        <translation>%1 in %2 ms angezeigt</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 wird geöffnet...</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>&amp;Erkunden</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>%1 clips, %2 with problems</source>
        <translation>%1 Clips, %2 mit Problemen</translation>
    </message>
    <message>
        <source>Switch an augmentation on first: there is no augmented clip to export.</source>
        <translation>Zuerst eine Augmentierung einschalten: Es gibt keinen augmentierten Clip zum Exportieren.</translation>
    </message>
    <message>
        <source>Export augmented clip</source>
        <translation>Augmentierten Clip exportieren</translation>
    </message>
    <message>
        <source>WAV (*.wav)</source>
        <translation>WAV (*.wav)</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Auf / Ab</translation>
    </message>
    <message>
        <source>Previous / next clip in the clip table</source>
        <translation>Vorheriger / nächster Clip in der Clip-Tabelle</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Zoom the waveform and spectrogram in time</source>
        <translation>Wellenform und Spektrogramm zeitlich zoomen</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Ziehen</translation>
    </message>
    <message>
        <source>Pan the waveform and spectrogram</source>
        <translation>Wellenform und Spektrogramm verschieben</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Klick</translation>
    </message>
    <message>
        <source>Seek the player to that time</source>
        <translation>Den Player an diese Stelle setzen</translation>
    </message>
    <message>
        <source>Drop files or a folder</source>
        <translation>Dateien oder einen Ordner ablegen</translation>
    </message>
    <message>
        <source>Open them (see the README for what goes where)</source>
        <translation>Sie öffnen (was wohin geht, steht im README)</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is taken off the recent list.</source>
        <translation>%1 existiert nicht mehr; es wird aus der Liste der zuletzt geöffneten entfernt.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>Liste der zuletzt geöffneten leeren</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts...</source>
        <translation>&amp;Tastenkürzel...</translation>
    </message>
    <message>
        <source>&amp;About GTZAN Explorer...</source>
        <translation>Ü&amp;ber GTZAN Explorer...</translation>
    </message>
    <message>
        <source>About GTZAN Explorer</source>
        <translation>Über GTZAN Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GTZAN Explorer %1&lt;/h3&gt;&lt;p&gt;Explore the GTZAN music-genre data set, hear and see what augmentation does, train genre classifiers and predict the genre of your own files.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and LibTorch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GTZAN Explorer %1&lt;/h3&gt;&lt;p&gt;Den GTZAN-Datensatz der Musikgenres erkunden, hören und sehen, was Augmentierung bewirkt, Genre-Klassifikatoren trainieren und das Genre eigener Dateien vorhersagen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und LibTorch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Open &amp;folder...</source>
        <translation>&amp;Ordner öffnen...</translation>
    </message>
    <message>
        <source>Open a GTZAN folder</source>
        <translation>Einen GTZAN-Ordner öffnen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Load &amp;split folder...</source>
        <translation>&amp;Aufteilungsordner laden...</translation>
    </message>
    <message>
        <source>Folder with train/valid/test lists</source>
        <translation>Ordner mit train/valid/test-Listen</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Play original (A)</source>
        <translation>Original abspielen (A)</translation>
    </message>
    <message>
        <source>Play augmented (B)</source>
        <translation>Augmentiert abspielen (B)</translation>
    </message>
    <message>
        <source>No augmented clip yet: switch an augmentation on in the panel.</source>
        <translation>Noch kein augmentierter Clip: Im Bedienfeld eine Augmentierung einschalten.</translation>
    </message>
    <message>
        <source>Scanning %1...</source>
        <translation>%1 wird durchsucht...</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 wird geschrieben...</translation>
    </message>
    <message>
        <source>Augmented clip written to %1</source>
        <translation>Augmentierter Clip nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>A new language shows fully after a restart.</source>
        <translation>Eine neue Sprache erscheint vollständig erst nach einem Neustart.</translation>
    </message>
    <message>
        <source>none: the GTZAN sample beside the checkout, else the synthetic demo set</source>
        <translation>keiner: das GTZAN-Beispiel neben dem Checkout, sonst der synthetische Demo-Datensatz</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Data set folder:</source>
        <translation>&amp;Datensatzordner:</translation>
    </message>
    <message>
        <source>Recent files and folders</source>
        <translation>Zuletzt geöffnete Dateien und Ordner</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Spectrogram</source>
        <translation>Spektrogramm</translation>
    </message>
    <message>
        <source>Data set folder</source>
        <translation>Datensatzordner</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>GTZAN Explorer - making the synthetic demo data set...</source>
        <translation>GTZAN Explorer - der synthetische Demo-Datensatz wird erzeugt...</translation>
    </message>
    <message>
        <source>GTZAN Explorer</source>
        <translation>GTZAN Explorer</translation>
    </message>
    <message>
        <source>GTZAN Explorer - SYNTHETIC demo data (File &gt; Open folder for a real GTZAN)</source>
        <translation>GTZAN Explorer - SYNTHETISCHE Demodaten (Datei &gt; Ordner öffnen für ein echtes GTZAN)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Zum Filtern tippen</translation>
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
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
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
