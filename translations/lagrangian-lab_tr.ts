<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/optionreaders.cpp" line="+104"/>
        <source>invalid --state &quot;%1&quot;: expected %2 comma-separated numbers, the coordinates (%3) and then their velocities</source>
        <translation>geçersiz --state &quot;%1&quot;: virgülle ayrılmış %2 sayı bekleniyor, önce koordinatlar (%3), sonra hızları</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invalid --state &quot;%1&quot;: item %2, &quot;%3&quot;, is not a finite number</source>
        <translation>geçersiz --state &quot;%1&quot;: %2. öğe, &quot;%3&quot;, sonlu bir sayı değil</translation>
    </message>
    <message>
        <location filename="../app/accelerationscommand.cpp" line="+34"/>
        <source>Prints a trained model&apos;s accelerations at one state as a line of JSON.</source>
        <translation>Eğitilmiş bir modelin tek bir durumdaki ivmelerini bir satır JSON olarak yazdırır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directory written by &apos;lagrangian-lab train --out&apos;.</source>
        <translation>&apos;lagrangian-lab train --out&apos; komutunun yazdığı klasör.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates then velocities, e.g. 0.2,0 or -0.2,0.</source>
        <translation>Önce koordinatlar, sonra hızlar; örneğin 0.2,0 veya -0.2,0.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give --model DIR and --state Q1,...,QD1,...</source>
        <translation>--model KLASÖR ve --state Q1,...,QD1,... verin</translation>
    </message>
    <message>
        <location filename="../app/traincommand.cpp" line="+38"/>
        <source>epoch %1/%2  training loss %3  validation loss %4  %5 samples/s  time left %6</source>
        <translation>dönem %1/%2  eğitim kaybı %3  doğrulama kaybı %4  %5 örnek/s  kalan süre %6</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Trains a Lagrangian neural network and writes it with its loss history.</source>
        <translation>Bir Lagrange sinir ağı eğitir ve kayıp geçmişiyle birlikte kaydeder.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a file of that name exists; --out needs a directory</source>
        <translation>bu adda bir dosya var; --out bir klasör ister</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the directory could not be created</source>
        <translation>klasör oluşturulamadı</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trained %1 epochs in %2 s; best validation loss %3 at epoch %4. Wrote %5</source>
        <translation>%1 dönem %2 s içinde eğitildi; en iyi doğrulama kaybı %4. dönemde %3. Yazılan klasör: %5</translation>
    </message>
    <message>
        <location filename="../app/optionreaders.cpp" line="-97"/>
        <source>invalid value &quot;%1&quot; for --%2: expected a number from %3 to %4</source>
        <translation>--%2 için geçersiz değer &quot;%1&quot;: %3 ile %4 arasında bir sayı bekleniyor</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>invalid value &quot;%1&quot; for --%2: expected a whole number</source>
        <translation>--%2 için geçersiz değer &quot;%1&quot;: bir tam sayı bekleniyor</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>invalid --param &quot;%1&quot;: write NAME=VALUE, for example length=1.47</source>
        <translation>geçersiz --param &quot;%1&quot;: AD=DEĞER biçiminde yazın, örneğin length=1.47</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The parameters of %1 are: %2.</source>
        <translation>%1 sisteminin parametreleri: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>invalid --%1 &quot;%2&quot;: write NAME=VALUE with a finite number, for example g=9.81</source>
        <translation>geçersiz --%1 &quot;%2&quot;: AD=DEĞER biçiminde sonlu bir sayı yazın, örneğin g=9.81</translation>
    </message>
    <message>
        <location filename="../app/trainoptions.cpp" line="+17"/>
        <source>give either --system NAME or --data FILE</source>
        <translation>ya --system AD ya da --data DOSYA verin</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>invalid value &quot;%1&quot; for --activation: expected softplus or tanh</source>
        <translation>--activation için geçersiz değer &quot;%1&quot;: softplus veya tanh bekleniyor</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Train on simulated motion of a preset: pendulum, spring or double_pendulum.</source>
        <translation>Hazır bir sistemin benzetilmiş hareketi üzerinde eğitir: pendulum, spring veya double_pendulum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a preset parameter, e.g. length=1.47 (SI units); repeatable.</source>
        <translation>Hazır sistemin bir parametresini ayarlar, örneğin length=1.47 (SI birimleri); tekrarlanabilir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated runs (default 8).</source>
        <translation>Benzetilen koşu sayısı (varsayılan 8).</translation>
    </message>
    <message>
        <location filename="../app/discoveroptions.cpp" line="+48"/>
        <source>invalid operator &quot;%1&quot; in --operators: expected a comma-separated list of + - * / ^ square cube sin cos exp log sqrt abs</source>
        <translation>--operators içinde geçersiz işlem &quot;%1&quot;: virgülle ayrılmış bir + - * / ^ square cube sin cos exp log sqrt abs listesi bekleniyor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid --operators &quot;%1&quot;: include at least one of + - * /</source>
        <translation>geçersiz --operators &quot;%1&quot;: + - * / işlemlerinden en az birini ekleyin</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give exactly one of --run DIR, --data FILE, --system NAME and --lagrangian FORMULA</source>
        <translation>--run KLASÖR, --data DOSYA, --system AD ve --lagrangian FORMÜL seçeneklerinden tam olarak birini verin</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../app/modelsource.cpp" line="+155"/>
        <source>missing --coordinates: name the coordinates of the Lagrangian, for example --coordinates theta or --coordinates r,theta</source>
        <translation>--coordinates eksik: Lagrange fonksiyonunun koordinatlarını adlandırın, örneğin --coordinates theta veya --coordinates r,theta</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>invalid value &quot;%1&quot; for --loss: expected motion or distillation</source>
        <translation>--loss için geçersiz değer &quot;%1&quot;: motion veya distillation bekleniyor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid value 0 for --time-limit: a search without a time limit needs --evaluations or --target-loss to stop</source>
        <translation>--time-limit için geçersiz değer 0: süre sınırı olmayan bir arama, durmak için --evaluations ya da --target-loss gerektirir</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discover from a trained network&apos;s directory (the output of train).</source>
        <translation>Eğitilmiş bir ağın klasöründen keşfeder (train komutunun çıktısı).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover from a measured trajectory (Tracker export or CSV).</source>
        <translation>Ölçülmüş bir yörüngeden keşfeder (Tracker dışa aktarımı veya CSV).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover from simulated motion of a preset: pendulum, spring or double_pendulum.</source>
        <translation>Hazır bir sistemin benzetilmiş hareketinden keşfeder: pendulum, spring veya double_pendulum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discover from simulated motion of a typed Lagrangian, e.g. &quot;0.5*theta_dot^2 + 9.81*cos(theta)&quot;.</source>
        <translation>Yazılan bir Lagrange fonksiyonunun benzetilmiş hareketinden keşfeder, örneğin &quot;0.5*theta_dot^2 + 9.81*cos(theta)&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/modelsource.cpp" line="+60"/>
        <source>Coordinate names of --lagrangian, comma-separated.</source>
        <translation>--lagrangian fonksiyonunun koordinat adları, virgülle ayrılmış.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/modelsource.cpp" line="+1"/>
        <source>Set a parameter, e.g. g=9.81 or length=1.47 (SI units); repeatable.</source>
        <translation>Bir parametre belirler, örneğin g=9.81 veya length=1.47 (SI birimleri); tekrarlanabilir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initial-state ranges for simulation, e.g. r=0.8:1.4,theta_dot=0.6:1.2 (default: the preset&apos;s, or -2:2 shrunk to where L is defined).</source>
        <translation>Benzetim için başlangıç durumu aralıkları, örneğin r=0.8:1.4,theta_dot=0.6:1.2 (varsayılan: hazır sistemin aralıkları veya L&apos;nin tanımlı olduğu yere daraltılmış -2:2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noise on simulated positions, in percent of each coordinate&apos;s standard deviation (default 1).</source>
        <translation>Benzetilen konumlara eklenen gürültü, her koordinatın standart sapmasının yüzdesi olarak (varsayılan 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated runs (default 10).</source>
        <translation>Benzetilen koşu sayısı (varsayılan 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/trainoptions.cpp" line="+1"/>
        <source>Seconds per simulated run (default 10).</source>
        <translation>Koşu başına saniye (varsayılan 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation step and sampling interval in seconds (default 0.01).</source>
        <translation>Saniye cinsinden benzetim adımı ve örnekleme aralığı (varsayılan 0.01).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samples per local fit of the differentiator (measured or simulated data); 0 chooses from the data.</source>
        <translation>Türev alıcının yerel uydurma başına örnek sayısı (ölçülmüş veya benzetilmiş veri); 0 veriden seçer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Seconds for the search and the final refit of the front (default 60; 0 for none, with --evaluations or --target-loss).</source>
        <translation>Arama ve cephenin son yeniden uydurması için saniye (varsayılan 60; --evaluations ya da --target-loss ile 0 sınırsız demektir).</translation>
    </message>
    <message>
        <location filename="../app/conservedcommand.cpp" line="+34"/>
        <source>Measured trajectory (Tracker export or CSV): check the symmetries on its states and measure its energy loss and damping. Without a model option, a pendulum (angles) or harmonic oscillator per coordinate is fitted to it.</source>
        <translation>Ölçülmüş yörünge (Tracker dışa aktarımı veya CSV): simetrileri yörüngenin durumlarında denetler, enerji kaybını ve sönümü ölçer. Model seçeneği verilmezse yörüngeye her koordinat için bir sarkaç (açılar) veya harmonik osilatör uydurulur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Box of states for the symmetry checks, e.g. r=0.5:2,theta_dot=-1:1 (default -1:1, the preset&apos;s, the ranges in pareto.json or the network&apos;s training box). With --data, the box around the data&apos;s states is used.</source>
        <translation>Simetri denetimleri için durum kutusu, örneğin r=0.5:2,theta_dot=-1:1 (varsayılan -1:1; ya da hazır sistemin kutusu, pareto.json içindeki aralıklar veya ağın eğitim kutusu). --data ile verinin durumlarını çevreleyen kutu kullanılır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/discoveroptions.cpp" line="-13"/>
        <source>For --data: fit the pendulum&apos;s pivot as the centre of the arc.</source>
        <translation>--data için: sarkacın asılma noktasını yayın merkezi olarak uydurur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For --data: samples per local fit of the differentiator; 0 chooses from the data.</source>
        <translation>--data için: türev alıcının yerel uydurma başına örnek sayısı; 0 veriden seçer.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no restoring force found for %1 in %2 (fitted stiffness %3): give a model with --model, --run, --lagrangian or --system</source>
        <translation>%2 içinde %1 için geri getirici kuvvet bulunamadı (uydurulan sertlik %3): --model, --run, --lagrangian veya --system ile bir model verin</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>the model has %1 coordinates (%2) but %3 has %4 (%5): give a model of the measured system</source>
        <translation>modelin %1 koordinatı var (%2), ancak %3 dosyasında %4 koordinat var (%5): ölçülen sistemin bir modelini verin</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Prints the energy and the conserved momenta of a model as one JSON object, with formulas in SymPy notation where the model is symbolic. With --data, also the measured energy loss and damping.</source>
        <translation>Bir modelin enerjisini ve korunan momentumlarını tek bir JSON nesnesi olarak yazdırır; model sembolikse formülleri SymPy gösterimiyle verir. --data ile ölçülen enerji kaybını ve sönümü de yazdırır.</translation>
    </message>
    <message>
        <location filename="../app/discoveroptions.cpp" line="+6"/>
        <source>motion (default): accelerations of the candidate&apos;s Euler-Lagrange equations; distillation: the network&apos;s L values (needs --run).</source>
        <translation>motion (varsayılan): adayın Euler-Lagrange denklemlerinin ivmeleri; distillation: ağın L değerleri (--run gerekir).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operators to use, e.g. +,-,*,/,square,cube,sin,cos,sqrt (the default).</source>
        <translation>Kullanılacak işlemler, örneğin +,-,*,/,square,cube,sin,cos,sqrt (varsayılan).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest candidate, in nodes (default 60).</source>
        <translation>Düğüm sayısı olarak en büyük aday (varsayılan 60).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop after this many candidate evaluations; without --time-limit the result then depends only on the seed.</source>
        <translation>Bu kadar aday değerlendirmesinden sonra durur; --time-limit olmadan sonuç yalnızca tohuma bağlı olur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop once a candidate&apos;s loss is at most this.</source>
        <translation>Bir adayın kaybı en fazla bu değer olduğunda durur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most data samples used (default 20000).</source>
        <translation>Kullanılan en fazla veri örneği (varsayılan 20000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker threads (default: every core).</source>
        <translation>İş parçacığı sayısı (varsayılan: her çekirdek).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory for pareto.json and pareto.csv.</source>
        <translation>pareto.json ve pareto.csv için klasör.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing --out DIR: the directory to write pareto.json into</source>
        <translation>--out KLASÖR eksik: pareto.json dosyasının yazılacağı klasör</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>invalid --ranges item &quot;%1&quot;: write NAME=LOW:HIGH with LOW &lt;= HIGH, for example theta=-1:1</source>
        <translation>geçersiz --ranges öğesi &quot;%1&quot;: ALT &lt;= ÜST olacak biçimde AD=ALT:ÜST yazın, örneğin theta=-1:1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid --ranges item &quot;%1&quot;: &quot;%2&quot; is not a coordinate or velocity; the coordinates are %3</source>
        <translation>geçersiz --ranges öğesi &quot;%1&quot;: &quot;%2&quot; bir koordinat veya hız değil; koordinatlar: %3</translation>
    </message>
    <message>
        <location filename="../app/trainoptions.cpp" line="+1"/>
        <source>Simulation step in seconds (default 0.01).</source>
        <translation>Benzetim adımı, saniye (varsayılan 0.01).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard deviation of Gaussian noise on simulated positions (default 0).</source>
        <translation>Benzetilen konumlara eklenen Gauss gürültüsünün standart sapması (varsayılan 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train on a measured trajectory (Tracker export or CSV).</source>
        <translation>Ölçülmüş bir yörünge üzerinde eğitir (Tracker dışa aktarımı veya CSV).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pendulum&apos;s pivot is not at the origin: fit it as the centre of the bob&apos;s arc.</source>
        <translation>Sarkacın asılma noktası orijinde değil: onu kütlenin çizdiği yayın merkezi olarak uydurur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a point track&apos;s x and y instead of converting to an angle.</source>
        <translation>Bir nokta izinin x ve y değerlerini açıya çevirmeden korur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples per local fit of the differentiator; 0 chooses from the data.</source>
        <translation>Türev alıcının yerel uydurma başına örnek sayısı; 0 veriden seçer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units per hidden layer (default 128).</source>
        <translation>Gizli katman başına birim (varsayılan 128).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden layers (default 2).</source>
        <translation>Gizli katman sayısı (varsayılan 2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>softplus (default) or tanh.</source>
        <translation>softplus (varsayılan) veya tanh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum epochs (default 2000).</source>
        <translation>En fazla dönem (varsayılan 2000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini-batch size (default 256).</source>
        <translation>Mini yığın boyutu (varsayılan 256).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial Adam learning rate (default 0.003).</source>
        <translation>Başlangıç Adam öğrenme oranı (varsayılan 0.003).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after this many epochs without a better validation loss (default 300).</source>
        <translation>Daha iyi bir doğrulama kaybı olmadan bu kadar dönem geçince durur (varsayılan 300).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop training after this many seconds (default: none).</source>
        <translation>Eğitimi bu kadar saniye sonra durdurur (varsayılan: sınır yok).</translation>
    </message>
    <message>
        <location filename="../app/discoveroptions.cpp" line="-40"/>
        <location filename="../app/trainoptions.cpp" line="+1"/>
        <source>Random seed (default 1).</source>
        <translation>Rastgele tohum (varsayılan 1).</translation>
    </message>
    <message>
        <location filename="../app/trainoptions.cpp" line="+1"/>
        <source>LibTorch threads (default 1, the fastest for networks of this size).</source>
        <translation>LibTorch iş parçacığı sayısı (varsayılan 1, bu boyuttaki ağlar için en hızlısı).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train in double precision instead of float32.</source>
        <translation>float32 yerine çift duyarlıkla eğitir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory for the model, loss.csv, summary.json and phase-portrait.png.</source>
        <translation>Model, loss.csv, summary.json ve phase-portrait.png için klasör.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing --out DIR: the directory to write the model into</source>
        <translation>eksik --out KLASÖR: modelin yazılacağı klasör</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+43"/>
        <source>unknown command or option &quot;%1&quot;. Commands: train, accelerations, discover, rollout, conserved; run &apos;lagrangian-lab --help&apos; for their use, or give no argument to open the window.</source>
        <translation>bilinmeyen komut veya seçenek &quot;%1&quot;. Komutlar: train, accelerations, discover, rollout, conserved; kullanımları için &apos;lagrangian-lab --help&apos; çalıştırın ya da pencereyi açmak için argüman vermeyin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no display found (DISPLAY is not set), so the window cannot open. Run it on a desktop or under xvfb-run, or use a command such as &apos;lagrangian-lab train --help&apos;.</source>
        <translation>ekran bulunamadı (DISPLAY ayarlı değil), bu yüzden pencere açılamıyor. Bir masaüstünde veya xvfb-run altında çalıştırın ya da &apos;lagrangian-lab train --help&apos; gibi bir komut kullanın.</translation>
    </message>
    <message>
        <location filename="../app/discovercommand.cpp" line="+186"/>
        <source>Searches for closed-form Lagrangians that explain the motion and writes the accuracy-versus-complexity front to pareto.json and pareto.csv.</source>
        <translation>Hareketi açıklayan kapalı biçimli Lagrange fonksiyonlarını arar ve doğruluk-karmaşıklık cephesini pareto.json ile pareto.csv dosyalarına yazar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>only %1 usable samples: record a longer trajectory</source>
        <translation>yalnızca %1 kullanılabilir örnek var: daha uzun bir yörünge kaydedin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--loss distillation needs the network&apos;s L values: use --run DIR</source>
        <translation>--loss distillation ağın L değerlerini gerektirir: --run KLASÖR kullanın</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 s  %2 candidates evaluated  front of %3  best loss %4</source>
        <translation>%1 s  %2 aday değerlendirildi  cephede %3 aday  en iyi kayıp %4</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot create the output directory %1</source>
        <translation>çıktı klasörü %1 oluşturulamadı</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="+12"/>
        <source>usage: lagrangian-lab [COMMAND] [OPTIONS]
Without a command, starts the lab&apos;s window.

commands:
  train          train a Lagrangian neural network on a preset system or measured data
  accelerations  print a trained model&apos;s accelerations at one state as JSON
  discover       search for closed-form Lagrangians of a system, measured data or a trained model
  rollout        write a model&apos;s motion from one state, with energy and momenta, as CSV
  conserved      print a model&apos;s energy and conserved momenta (and measured damping) as JSON

Run &apos;lagrangian-lab COMMAND --help&apos; for the options of a command.
</source>
        <translation>kullanım: lagrangian-lab [KOMUT] [SEÇENEKLER]
Komut verilmezse laboratuvarın penceresini açar.

komutlar:
  train          hazır bir sistem veya ölçülmüş veri üzerinde Lagrange sinir ağı eğitir
  accelerations  eğitilmiş bir modelin tek bir durumdaki ivmelerini JSON olarak yazdırır
  discover       bir sistem, ölçülmüş veri veya eğitilmiş model için kapalı biçimli Lagranjiyenler arar
  rollout        bir modelin tek bir durumdan başlayan hareketini enerji ve momentumlarla birlikte CSV olarak yazar
  conserved      bir modelin enerjisini ve korunan momentumlarını (ve ölçülen sönümü) JSON olarak yazdırır

Bir komutun seçenekleri için &apos;lagrangian-lab KOMUT --help&apos; çalıştırın.
</translation>
    </message>
    <message>
        <location filename="../app/conservedreport.cpp" line="+43"/>
        <source>the network&apos;s Lagrangian</source>
        <translation>ağın Lagranjiyeni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data show no significant energy loss, so the conservative model %1 describes them.</source>
        <translation>Veriler anlamlı bir enerji kaybı göstermiyor, bu yüzden korunumlu model %1 verileri betimliyor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data lose energy at %1 per second, which no Lagrangian L(q, q_dot) can produce, so %2 remains the best conservative model. The damping coefficient describes the loss.</source>
        <translation>Veriler saniyede %1 enerji kaybediyor. Bu kaybı hiçbir L(q, q_dot) Lagranjiyeni üretemez, bu yüzden en iyi korunumlu model %2 olarak kalıyor. Kaybı sönüm katsayısı betimliyor.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the Lagrangian is finite at only %1 of %2 states drawn from the box of the symmetry checks: check where L is defined, and narrow the box with &apos;conserved --ranges&apos;</source>
        <translation>simetri denetimlerinin kutusundan çekilen %2 durumun yalnızca %1 tanesinde Lagranjiyen sonlu: L&apos;nin nerede tanımlı olduğunu denetleyin ve kutuyu &apos;conserved --ranges&apos; ile daraltın</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the model is a network, so its energy and momenta have no formula; &apos;lagrangian-lab rollout&apos; writes their values along a rollout</source>
        <translation>model bir ağ olduğu için enerjisinin ve momentumlarının formülü yok; &apos;lagrangian-lab rollout&apos; bunların değerlerini modelin ürettiği bir yörünge boyunca yazar</translation>
    </message>
    <message>
        <location filename="../app/modelsource.cpp" line="-151"/>
        <source>cannot read %1 (%2): --run expects the directory that &apos;lagrangian-lab discover --out DIR&apos; wrote</source>
        <translation>%1 okunamıyor (%2): --run, &apos;lagrangian-lab discover --out KLASÖR&apos; komutunun yazdığı klasörü bekler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid JSON in %1 at byte %2 (%3): run discover again to rewrite it</source>
        <translation>%1 içinde %2. baytta geçersiz JSON (%3): dosyayı yeniden yazmak için discover komutunu yeniden çalıştırın</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 lists no candidates: run discover again</source>
        <translation>%1 hiç aday listelemiyor: discover komutunu yeniden çalıştırın</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid --candidate &quot;%1&quot;: %2 has %3 candidates, numbered 0 to %4</source>
        <translation>geçersiz --candidate &quot;%1&quot;: %2 içinde 0 ile %4 arasında numaralanmış %3 aday var</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>candidate %1 in %2 cannot be read: %3</source>
        <translation>%2 içindeki %1 numaralı aday okunamıyor: %3</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A trained network&apos;s directory (the output of train).</source>
        <translation>Eğitilmiş bir ağın klasörü (train komutunun çıktısı).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A directory with pareto.json (the output of discover).</source>
        <translation>pareto.json içeren bir klasör (discover komutunun çıktısı).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index of the --run candidate in pareto.json&apos;s candidates list (default: the picked one).</source>
        <translation>--run adayının pareto.json aday listesindeki sıra numarası (varsayılan: seçilen aday).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A typed Lagrangian, e.g. &quot;0.5*theta_dot^2 + 9.81*cos(theta)&quot;.</source>
        <translation>Yazılan bir Lagranjiyen, örneğin &quot;0.5*theta_dot^2 + 9.81*cos(theta)&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A preset: pendulum, spring or double_pendulum.</source>
        <translation>Hazır bir sistem: pendulum, spring veya double_pendulum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two coordinates that are the x and y of one point, e.g. x,y; repeatable. Without it, coordinates named x and y are paired.</source>
        <translation>Bir noktanın x ve y değerleri olan iki koordinat, örneğin x,y; tekrarlanabilir. Verilmezse x ve y adlı koordinatlar eşleştirilir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest relative symmetry violation that counts as conserved (default 1e-6; 0.01 for a network).</source>
        <translation>Korunmuş sayılan en büyük bağıl simetri ihlali (varsayılan 1e-6; ağ için 0.01).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>give exactly one of --model DIR, --run DIR, --lagrangian FORMULA and --system NAME</source>
        <translation>--model KLASÖR, --run KLASÖR, --lagrangian FORMÜL ve --system AD seçeneklerinden tam olarak birini verin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--candidate needs --run DIR, the directory with pareto.json</source>
        <translation>--candidate, --run KLASÖR gerektirir (pareto.json içeren klasör)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>invalid --planar &quot;%1&quot;: write two different coordinates as X,Y, each in one pair only; the coordinates are %2</source>
        <translation>geçersiz --planar &quot;%1&quot;: iki farklı koordinatı X,Y biçiminde ve her birini yalnızca bir çiftte yazın; koordinatlar: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>invalid value &quot;%1&quot; for --tolerance: expected a number above 0</source>
        <translation>--tolerance için geçersiz değer &quot;%1&quot;: 0&apos;dan büyük bir sayı bekleniyor</translation>
    </message>
    <message>
        <location filename="../app/rolloutcommand.cpp" line="+32"/>
        <source>Initial coordinates then velocities, e.g. 1,0 for theta = 1 rad at rest.</source>
        <translation>Önce başlangıç koordinatları, sonra hızlar; örneğin durgun hâldeki theta = 1 rad için 1,0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time step and output spacing in seconds.</source>
        <translation>Saniye cinsinden zaman adımı ve çıktı aralığı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of steps; the CSV has steps + 1 rows.</source>
        <translation>Adım sayısı; CSV dosyasında adım sayısı + 1 satır olur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rk4 (default), adaptive (Dormand-Prince 5(4) with error control) or variational (Stoermer-Verlet for separable L, else the midpoint rule).</source>
        <translation>rk4 (varsayılan), adaptive (hata denetimli Dormand-Prince 5(4)) veya variational (ayrılabilir L için Stoermer-Verlet, aksi hâlde orta nokta kuralı).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV file to write.</source>
        <translation>Yazılacak CSV dosyası.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing --dt or --steps: give the time step in seconds and the number of steps, for example --dt 0.01 --steps 1000</source>
        <translation>--dt veya --steps eksik: saniye cinsinden zaman adımını ve adım sayısını verin, örneğin --dt 0.01 --steps 1000</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>invalid value &quot;%1&quot; for --integrator: expected rk4, adaptive or variational</source>
        <translation>--integrator için geçersiz değer &quot;%1&quot;: rk4, adaptive veya variational bekleniyor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the rollout failed at step %1 (t = %2 s): %3</source>
        <translation>yörünge hesabı %1. adımda başarısız oldu (t = %2 s): %3</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Integrates the Euler-Lagrange equations of a model from one state and writes t, the coordinates, the velocities, the energy and every conserved momentum to a CSV file.</source>
        <translation>Bir modelin Euler-Lagrange denklemlerini tek bir durumdan başlayarak integre eder; t değerini, koordinatları, hızları, enerjiyi ve korunan her momentumu bir CSV dosyasına yazar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>missing --out FILE or --state Q1,...,QD1,...: give the CSV file to write and the initial state</source>
        <translation>--out DOSYA veya --state Q1,...,QD1,... eksik: yazılacak CSV dosyasını ve başlangıç durumunu verin</translation>
    </message>
</context>
<context>
    <name>DiscoveryText</name>
    <message>
        <location filename="../ui/discoverytext.cpp" line="+32"/>
        <source>The data cannot separate L = %1 from L = %2: their losses differ by %3 %. Record motion over a wider range of states (larger amplitudes) to tell them apart.</source>
        <translation>Veriler L = %1 ile L = %2 arasında ayrım yapamıyor: kayıpları %%3 kadar farklı. Bunları ayırt etmek için daha geniş bir durum aralığında (daha büyük genliklerle) hareket kaydedin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Even the most accurate candidate leaves a relative error of %1 % in the accelerations: the motion may not be conservative (damping, a drive), the data may be too noisy, or the operators may not suffice.</source>
        <translation>En doğru aday bile ivmelerde %%1 bağıl hata bırakıyor: hareket korunumlu olmayabilir (sönüm, dış sürücü), veriler fazla gürültülü olabilir ya da operatörler yetmeyebilir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>L = %1 fits the data significantly better than the pick L = %2 (loss %3 % lower, beyond the noise): the data resolve an effect that the pick leaves out, such as an anharmonic term, or damping or a drive, which no Lagrangian describes. Compare their motion before choosing.</source>
        <translation>L = %1 verilere seçilen L = %2 adayından anlamlı biçimde daha iyi uyuyor (kayıp %3 % daha düşük, gürültünün ötesinde): veriler, seçilen adayın dışarıda bıraktığı bir etkiyi ayırt ediyor; örneğin harmonik olmayan bir terim ya da hiçbir Lagrange fonksiyonunun betimlemediği sönüm veya sürücü kuvvet. Seçmeden önce hareketlerini karşılaştırın.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Even the most accurate candidate leaves %1 times the error that the noise in the positions explains: the motion contains an effect that no candidate describes, such as damping, a drive or tracking errors. The pick is the candidate with the best score, not the one with the lowest loss.</source>
        <translation>En doğru aday bile konumlardaki gürültünün açıkladığı hatanın %1 katı hata bırakıyor: harekette hiçbir adayın betimlemediği bir etki var; örneğin sönüm, dış sürücü ya da izleme hataları. Seçilen aday, kaybı en düşük olan değil, puanı en iyi olan adaydır.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>time limit reached</source>
        <translation>süre sınırına ulaşıldı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluation budget used</source>
        <translation>değerlendirme bütçesi tükendi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target loss reached</source>
        <translation>hedef kayba ulaşıldı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped by the user</source>
        <translation>kullanıcı tarafından durduruldu</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="+53"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The value %1 of %2 is above the maximum %3. Enter a value of at most %3.</source>
        <translation>%2 için %1 değeri, en büyük değer olan %3 sınırını aşıyor. En fazla %3 olan bir değer girin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value %1 of %2 is below the minimum %3. Enter a value of at least %3.</source>
        <translation>%2 için %1 değeri, en küçük değer olan %3 sınırının altında. En az %3 olan bir değer girin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value %1 of %2 must be greater than %3. Enter a larger value.</source>
        <translation>%2 için %1 değeri %3 değerinden büyük olmalı. Daha büyük bir değer girin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of %1 is not a finite number. Enter a number.</source>
        <translation>%1 değeri sonlu bir sayı değil. Bir sayı girin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file %1 was not found. Check the path and choose the file again.</source>
        <translation>%1 dosyası bulunamadı. Yolu denetleyin ve dosyayı yeniden seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 could not be read (%2). Check that it exists and that you may read it.</source>
        <translation>%1 dosyası okunamadı (%2). Dosyanın var olduğunu ve okuma izniniz olduğunu denetleyin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 could not be written (%2). Choose another folder or file name.</source>
        <translation>%1 dosyası yazılamadı (%2). Başka bir klasör ya da dosya adı seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is empty. Choose a file with a header line and data rows.</source>
        <translation>%1 dosyası boş. Başlık satırı ve veri satırları içeren bir dosya seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only %1 data rows were found, but at least %2 are needed. Record a longer motion and import it again.</source>
        <translation>yalnızca %1 veri satırı bulundu, ancak en az %2 satır gerekiyor. Daha uzun bir hareket kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network could not be computed: %1. Start the training again, and report the problem with the log if it happens again.</source>
        <translation>Ağ hesaplanamadı: %1. Eğitimi yeniden başlatın. Sorun yinelenirse günlük kaydıyla birlikte bildirin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model in %1 is invalid: %2. Train the model and save it again.</source>
        <translation>%1 içindeki model geçersiz: %2. Modeli yeniden eğitip kaydedin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a header line such as &quot;t x y&quot; was expected, but the line reads %1. Add a header that names the time and coordinate columns and import again.</source>
        <translation>&quot;t x y&quot; gibi bir başlık satırı bekleniyordu, ancak satırda %1 yazıyor. Zaman ve koordinat sütunlarını adlandıran bir başlık ekleyin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the column %1 is missing. Add it to the header and import again.</source>
        <translation>%1 sütunu eksik. Sütunu başlığa ekleyin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the row %1 does not have %2 cells like the header. Complete or remove that row and import again.</source>
        <translation>%1 satırında başlıktaki gibi %2 hücre yok. Satırı tamamlayın ya da silin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a number. Fix or remove that cell and import again.</source>
        <translation>%1 bir sayı değil. Bu hücreyi düzeltin ya da silin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the value %1 is not finite. Replace it with a measured value or remove the row and import again.</source>
        <translation>%1 değeri sonlu değil. Ölçülmüş bir değerle değiştirin ya da satırı silin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the time %1 is earlier than the previous time %2. Sort the rows by time and import again.</source>
        <translation>%1 zamanı, önceki satırdaki %2 zamanından daha erken. Satırları zamana göre sıralayın ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the time %1 appears twice. Remove the duplicate row and import again.</source>
        <translation>%1 zamanı iki kez geçiyor. Yinelenen satırı silin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The value %1 of %2 must be greater than 0. Enter a positive value.</source>
        <translation>%2 için %1 değeri 0&apos;dan büyük olmalı. Pozitif bir değer girin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Lagrangian does not contain %1, so it cannot say how %2 moves. Add a term with %1, such as 0.5*%3^2, or remove %2 from the coordinates.</source>
        <translation>Lagranjiyen %1 içermiyor, bu yüzden %2 koordinatının nasıl hareket ettiğini belirleyemez. 0.5*%3^2 gibi %1 içeren bir terim ekleyin ya da %2 koordinatını koordinatlardan çıkarın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no parameter named %1. Check its spelling against the system&apos;s parameters.</source>
        <translation>%1 adında bir parametre yok. Yazımını sistemin parametreleriyle karşılaştırın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no system named %1. Choose one of: %2.</source>
        <translation>%1 adında bir sistem yok. Şunlardan birini seçin: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state %1 is invalid. Give one finite position and one finite velocity per coordinate.</source>
        <translation>%1 durumu geçersiz. Her koordinat için sonlu bir konum ve sonlu bir hız verin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mass matrix d²L/dq̇² is singular at the state %1 (condition number %2), so the accelerations are undefined. Train again with another seed or a lower learning rate.</source>
        <translation>Kütle matrisi d²L/dq̇², %1 durumunda tekil (koşul sayısı %2), bu yüzden ivmeler tanımsız. Başka bir tohumla ya da daha düşük bir öğrenme hızıyla yeniden eğitin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The motion reached the state %1, where the state or the Lagrangian&apos;s derivatives are not finite numbers. Use a smaller time step or check the Lagrangian.</source>
        <translation>Hareket %1 durumuna ulaştı ve bu durumda durumun kendisi ya da Lagranjiyenin türevleri sonlu sayılar değil. Daha küçük bir zaman adımı kullanın ya da Lagranjiyeni denetleyin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The integration did not converge at the state %1: the last correction or step size was %2 against a bound of %3. Use a smaller time step or a looser tolerance.</source>
        <translation>İntegrasyon %1 durumunda yakınsamadı: son düzeltme ya da adım boyu %2 idi, sınır ise %3. Daha küçük bir zaman adımı ya da daha gevşek bir tolerans kullanın.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training diverged at epoch %1 (loss %2). Lower the learning rate or switch to float64, then start again.</source>
        <translation>Eğitim %1. epokta ıraksadı (kayıp %2). Öğrenme hızını düşürün ya da float64 kullanın, sonra yeniden başlatın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training diverged (loss %1). Lower the learning rate or switch to float64, then start again.</source>
        <translation>Eğitim ıraksadı (kayıp %1). Öğrenme hızını düşürün ya da float64 kullanın, sonra yeniden başlatın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job was stopped before it finished.</source>
        <translation>İş bitmeden durduruldu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The formula is empty. Type an expression such as 0.5*m*x_dot^2 - 0.5*k*x^2.</source>
        <translation>Formül boş. 0.5*m*x_dot^2 - 0.5*k*x^2 gibi bir ifade yazın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the character %1 is not allowed in a formula. Use numbers, names, + - * / ^ and parentheses.</source>
        <translation>%1 karakterine formülde izin verilmiyor. Sayılar, adlar, + - * / ^ ve parantezler kullanın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a valid number, or it is too large. Write a number such as 9.81 or 1.5e-3.</source>
        <translation>%1 geçerli bir sayı değil ya da çok büyük. 9.81 veya 1.5e-3 gibi bir sayı yazın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the formula ends where a number, a name or &quot;(&quot; was expected. Complete the formula after its last operator.</source>
        <translation>formül, bir sayı, bir ad ya da &quot;(&quot; beklenen yerde bitiyor. Formülü son operatöründen sonra tamamlayın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 appears where a number, a name or &quot;(&quot; was expected. Insert the missing operand or remove %1.</source>
        <translation>bir sayı, bir ad ya da &quot;(&quot; beklenen yerde %1 var. Eksik işleneni ekleyin ya da %1 öğesini silin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an operator is missing before %1. Insert +, -, *, / or ^, for example 2*x instead of 2x.</source>
        <translation>%1 öncesinde bir operatör eksik. +, -, *, / veya ^ ekleyin; örneğin 2x yerine 2*x yazın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this &quot;(&quot; is not closed. Add the missing &quot;)&quot;.</source>
        <translation>bu &quot;(&quot; kapatılmamış. Eksik &quot;)&quot; karakterini ekleyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this &quot;)&quot; has no matching &quot;(&quot;. Remove it or add the missing &quot;(&quot;.</source>
        <translation>bu &quot;)&quot; için eşleşen bir &quot;(&quot; yok. Onu silin ya da eksik &quot;(&quot; karakterini ekleyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the formula is nested more than %1 levels deep. Write it with fewer parentheses and signs.</source>
        <translation>formül %1 düzeyden daha derin iç içe geçmiş. Daha az parantez ve işaretle yazın.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the function %1 needs its argument in parentheses. Write %2(x) instead of %2 x.</source>
        <translation>%1 fonksiyonunun argümanı parantez içinde olmalı. %2 x yerine %2(x) yazın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a known function. Use one of: %2. For a product, write * before the parenthesis.</source>
        <translation>%1 bilinen bir fonksiyon değil. Şunlardan birini kullanın: %2. Çarpım için parantezden önce * yazın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a coordinate, velocity or parameter of this system. Use one of: %2.</source>
        <translation>%1 bu sistemin bir koordinatı, hızı veya parametresi değil. Şunlardan birini kullanın: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not the velocity of a coordinate. Use one of: %2.</source>
        <translation>%1 bir koordinatın hızı değil. Şunlardan birini kullanın: %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1</source>
        <translation>sütun %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An unexpected error of kind %1 occurred.</source>
        <translation>Beklenmeyen bir hata oluştu (tür %1).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/conservationanalysis.cpp" line="+38"/>
        <source>the trained network</source>
        <translation>eğitilmiş ağ</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>data</source>
        <translation>veri</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>network rollout</source>
        <translation>ağın ürettiği yörünge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>candidate rollout</source>
        <translation>adayın ürettiği yörünge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 was left out: it has %2 coordinates, the data %3.</source>
        <translation>Dışarıda bırakıldı: %1, çünkü %2 koordinatı var, verinin ise %3.</translation>
    </message>
</context>
<context>
    <name>lab::AnimationCanvas</name>
    <message>
        <location filename="../ui/systemanimation.cpp" line="+132"/>
        <source>No run to show</source>
        <translation>Gösterilecek koşu yok</translation>
    </message>
</context>
<context>
    <name>lab::AnimationPanel</name>
    <message>
        <location line="+95"/>
        <source>Data</source>
        <translation>Veri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned dynamics</source>
        <translation>Öğrenilen dinamik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>Oynat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Adım ilerlet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Speed:</source>
        <translation>Hız:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Learned dynamics: no model yet</source>
        <translation>Öğrenilen dinamik: henüz model yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned dynamics: %1</source>
        <translation>Öğrenilen dinamik: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>t = %1 s</source>
        <translation>t = %1 s</translation>
    </message>
</context>
<context>
    <name>lab::ConservationPanel</name>
    <message>
        <location filename="../ui/conservationpanel.cpp" line="+31"/>
        <source>Time t (s)</source>
        <translation>Zaman t (s)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Along the data</source>
        <translation>Veri boyunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrators</source>
        <translation>İntegratörler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>RK4 (fixed step)</source>
        <translation>RK4 (sabit adım)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adaptive (Dormand-Prince 5(4))</source>
        <translation>Uyarlamalı (Dormand-Prince 5(4))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variational (symplectic)</source>
        <translation>Varyasyonel (simplektik)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrator of the network&apos;s and the candidate&apos;s rollouts</source>
        <translation>Ağın ve adayın ürettiği yörüngeler için integratör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse</source>
        <translation>Analiz et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Analyse to plot the energy and momenta of the data.</source>
        <translation>Verinin enerjisini ve momentumlarını çizmek için Analiz et düğmesine basın.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rollout integrator:</source>
        <translation>Yörünge integratörü:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Energy E = q̇·∂L/∂q̇ − L</source>
        <translation>Enerji E = q̇·∂L/∂q̇ − L</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+72"/>
        <source>Energy E</source>
        <translation>Enerji E</translation>
    </message>
    <message>
        <location line="-71"/>
        <location filename="../ui/conservationplots.cpp" line="+189"/>
        <source>Conserved momenta</source>
        <translation>Korunan momentumlar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Quantity</source>
        <translation>Nicelik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Symmetry</source>
        <translation>Simetri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Violation</source>
        <translation>İhlal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conserved</source>
        <translation>Korunuyor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Noether symmetries of the reference Lagrangian:</source>
        <translation>Referans Lagranjiyenin Noether simetrileri:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Length of the run in periods of the data&apos;s first coordinate, or in seconds when the data show no period</source>
        <translation>Koşunun uzunluğu: verinin ilk koordinatının periyodu cinsinden ya da veride periyot görülmüyorsa saniye cinsinden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare integrators</source>
        <translation>İntegratörleri karşılaştır</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Periods:</source>
        <translation>Periyot:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step h:</source>
        <translation>Adım h:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/conservationplots.cpp" line="-109"/>
        <source>RK4</source>
        <translation>RK4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variational</source>
        <translation>Varyasyonel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelled. The plots show the previous results.</source>
        <translation>İptal edildi. Grafikler önceki sonuçları gösteriyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Başarısız: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Analysing…</source>
        <translation>Analiz ediliyor…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Integrating with RK4 and the variational integrator…</source>
        <translation>RK4 ve varyasyonel integratörle integre ediliyor…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <location filename="../ui/conservationplots.cpp" line="+2"/>
        <source>Dormand-Prince</source>
        <translation>Dormand-Prince</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>variational midpoint</source>
        <translation>varyasyonel orta nokta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Störmer-Verlet</source>
        <translation>Störmer-Verlet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>leaves the band of %1 data spreads at t = %2 s</source>
        <translation>veri yayılımının %1 katı genişliğindeki banttan t = %2 s anında çıkıyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stays within %1 data spreads up to t = %2 s</source>
        <translation>t = %2 s anına kadar veri yayılımının %1 katı içinde kalıyor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cyclic</source>
        <translation>döngüsel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rotation</source>
        <translation>dönme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>translation</source>
        <translation>öteleme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>relative energy drift max %1, first tenth %2, last tenth %3</source>
        <translation>bağıl enerji kayması en fazla %1, ilk onda birde %2, son onda birde %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>phase error %1 rad after %2 s</source>
        <translation>%2 s sonra faz hatası %1 rad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stopped early: %1</source>
        <translation>erken durdu: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Energy and momenta of &lt;i&gt;%1&lt;/i&gt;.</source>
        <translation>&lt;i&gt;%1&lt;/i&gt; için enerji ve momentumlar.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Analysis done: %n curve(s).</source>
        <translation>
            <numerusform>Analiz tamamlandı: %n eğri.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Conserved momenta: none found within the tolerance</source>
        <translation>Korunan momentumlar: tolerans içinde hiç bulunamadı</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data show no steady loss of energy.</source>
        <translation>Veride sürekli bir enerji kaybı görülmüyor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;The data lose energy&lt;/b&gt; at a rate of %1 ± %2 per second, and the fitted damping coefficient is γ = %3 ± %4 1/s. The data are not conservative, so the conservative Lagrangian is the best conservative model of them, not an exact law.</source>
        <translation>&lt;b&gt;Veri enerji kaybediyor&lt;/b&gt;: kayıp hızı saniyede %1 ± %2, uydurulan sönüm katsayısı γ = %3 ± %4 1/s. Veri korunumlu olmadığı için korunumlu Lagranjiyen, veri için kesin bir yasa değil, en iyi korunumlu modeldir.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, h = %2 s</source>
        <translation>%1, h = %2 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relative energy drift max %1, first tenth %2, last tenth %3, trend %4 per second. %5 steps in %6 s.</source>
        <translation>Bağıl enerji kayması en fazla %1, ilk onda birde %2, son onda birde %3, eğilim saniyede %4. %6 s içinde %5 adım.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compared the integrators on %1 over %2 s.</source>
        <translation>İntegratörler %1 üzerinde %2 s boyunca karşılaştırıldı.</translation>
    </message>
</context>
<context>
    <name>lab::DiscoveryPanel</name>
    <message>
        <location filename="../ui/discoverypanel.cpp" line="+70"/>
        <source>Start search</source>
        <translation>Aramayı başlat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop search</source>
        <translation>Aramayı durdur</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Mark</source>
        <translation>İşaret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complexity</source>
        <translation>Karmaşıklık</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loss</source>
        <translation>Kayıp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lagrangian L</source>
        <translation>Lagranjiyen L</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+33"/>
        <source>Copy as text</source>
        <translation>Metin olarak kopyala</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>Copy as LaTeX</source>
        <translation>LaTeX olarak kopyala</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>Copy as SymPy</source>
        <translation>SymPy olarak kopyala</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+36"/>
        <source>Export CSV…</source>
        <translation>CSV olarak dışa aktar…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Searching… %1 s, %2 candidates evaluated, %3 on the front.</source>
        <translation>Aranıyor… %1 sn, %2 aday değerlendirildi, cephede %3 aday var.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search ended (%1) after %2 evaluations in %3 s.</source>
        <translation>Arama %3 sn içinde %2 değerlendirmeden sonra sona erdi (%1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>★ pick</source>
        <translation>★ seçilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≈ alternative</source>
        <translation>≈ alternatif</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Select a candidate to see its equations of motion.</source>
        <translation>Hareket denklemlerini görmek için bir aday seçin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L = %1

Equations of motion:
%2</source>
        <translation>L = %1

Hareket denklemleri:
%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No rollout: %1</source>
        <translation>Benzetim yapılamadı: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidate of complexity %1</source>
        <translation>Karmaşıklığı %1 olan aday</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export candidates</source>
        <translation>Adayları dışa aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız oldu</translation>
    </message>
</context>
<context>
    <name>lab::DiscoverySettingsPanel</name>
    <message>
        <location filename="../ui/discoverysettingspanel.cpp" line="+43"/>
        <source>Largest number of nodes of a whole candidate Lagrangian</source>
        <translation>Bir aday Lagranjiyenin tamamındaki en fazla düğüm sayısı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Motion (accelerations)</source>
        <translation>Hareket (ivmeler)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distillation (network&apos;s L)</source>
        <translation>Damıtma (ağın L değerleri)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data</source>
        <translation>Veriler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained network</source>
        <translation>Eğitilmiş ağ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Symbolic regression</source>
        <translation>Sembolik regresyon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max complexity:</source>
        <translation>En fazla karmaşıklık:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss:</source>
        <translation>Kayıp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets from:</source>
        <translation>Hedeflerin kaynağı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time budget:</source>
        <translation>Süre bütçesi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Tohum:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Operators</source>
        <translation>Operatörler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Addition</source>
        <translation>Toplama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtraction</source>
        <translation>Çıkarma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiplication</source>
        <translation>Çarpma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division</source>
        <translation>Bölme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power with any exponent</source>
        <translation>Herhangi bir üsle kuvvet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Square</source>
        <translation>Kare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cube</source>
        <translation>Küp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sine</source>
        <translation>Sinüs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cosine</source>
        <translation>Kosinüs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exponential</source>
        <translation>Üstel fonksiyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural logarithm</source>
        <translation>Doğal logaritma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Square root</source>
        <translation>Karekök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absolute value</source>
        <translation>Mutlak değer</translation>
    </message>
</context>
<context>
    <name>lab::ExportablePlot</name>
    <message>
        <location filename="../ui/exportableplot.cpp" line="+146"/>
        <source>the plot could not be drawn into the file</source>
        <translation>grafik dosyaya çizilemedi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plot exported from Lagrangian Lab</source>
        <translation>Lagrangian Lab ile dışa aktarılmış grafik</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 dosyaları (*.%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+85"/>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+13"/>
        <source>Export plot</source>
        <translation>Grafiği dışa aktar</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Export plot data</source>
        <translation>Grafik verisini dışa aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export as PNG…</source>
        <translation>PNG olarak dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as SVG…</source>
        <translation>SVG olarak dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PDF…</source>
        <translation>PDF olarak dışa aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export data as CSV…</source>
        <translation>Veriyi CSV olarak dışa aktar…</translation>
    </message>
</context>
<context>
    <name>lab::LossPlot</name>
    <message>
        <location filename="../ui/lossplot.cpp" line="+24"/>
        <source>Loss</source>
        <translation>Kayıp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Epoch</source>
        <translation>Epok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss (relative acceleration error)</source>
        <translation>Kayıp (göreli ivme hatası)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation>Doğrulama</translation>
    </message>
</context>
<context>
    <name>lab::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+52"/>
        <source>Best validation loss %1 at epoch %2.</source>
        <translation>En iyi doğrulama kaybı %1, epok %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished all %1 epochs.</source>
        <translation>%1 epokun tümü tamamlandı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped early after %1 epochs, because the validation loss no longer improved.</source>
        <translation>Doğrulama kaybı artık iyileşmediği için %1 epoktan sonra erken durduruldu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reached the time limit after %1 epochs.</source>
        <translation>%1 epoktan sonra süre sınırına ulaşıldı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped before the first epoch.</source>
        <translation>İlk epoktan önce durduruldu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped after %1 epochs.</source>
        <translation>%1 epoktan sonra durduruldu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lagrangian Lab</source>
        <translation>Lagrangian Lab</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Training loss</source>
        <translation>Eğitim kaybı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbolic regression</source>
        <translation>Sembolik regresyon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conservation</source>
        <translation>Korunum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animation</source>
        <translation>Animasyon</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Import measured data…</source>
        <translation>Ölçülmüş veriyi &amp;içe aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;loss plot…</source>
        <translation>&amp;Kayıp grafiğini dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;phase portrait…</source>
        <translation>&amp;Faz portresini dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Pareto &amp;front…</source>
        <translation>Pareto &amp;cephesini dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çık</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start</source>
        <translation>&amp;Başlat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+144"/>
        <source>&amp;Pause</source>
        <translation>&amp;Duraklat</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>S&amp;top</source>
        <translation>D&amp;urdur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Training</source>
        <translation>&amp;Eğitim</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import failed</source>
        <translation>İçe aktarma başarısız</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1. %2</source>
        <translation>%1 içe aktarıldı. %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../ui/mainwindowconservation.cpp" line="+44"/>
        <location filename="../ui/mainwindowdiscovery.cpp" line="+49"/>
        <source>Correct the typed Lagrangian first. %1</source>
        <translation>Önce yazılan Lagranjiyeni düzeltin. %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preparing %1…</source>
        <translation>%1 hazırlanıyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulating %1…</source>
        <translation>%1 için benzetim yapılıyor…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopping…</source>
        <translation>Durduruluyor…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Resume</source>
        <translation>&amp;Sürdür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused. Press Resume to continue.</source>
        <translation>Duraklatıldı. Devam etmek için Sürdür düğmesine basın.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training…</source>
        <translation>Eğitiliyor…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training on %1: %2 training and %3 validation samples.</source>
        <translation>%1 üzerinde eğitim: %2 eğitim ve %3 doğrulama örneği.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training failed</source>
        <translation>Eğitim başarısız</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Ready to train on %1. Press Start (Ctrl+R).</source>
        <translation>%1 üzerinde eğitime hazır. Başlat düğmesine basın (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdiscovery.cpp" line="-10"/>
        <source>The search failed.</source>
        <translation>Arama başarısız oldu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search failed</source>
        <translation>Arama başarısız oldu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the trained network</source>
        <translation>eğitilmiş ağ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparing the samples of %1…</source>
        <translation>%1 için örnekler hazırlanıyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching for a Lagrangian of %1…</source>
        <translation>%1 için bir Lagranjiyen aranıyor…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping… the front found so far is refitted.</source>
        <translation>Durduruluyor… şimdiye kadar bulunan cephe yeniden uyduruluyor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search ended: %1, %2 candidates on the front.</source>
        <translation>Arama sona erdi: %1, cephede %2 aday var.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconservation.cpp" line="-16"/>
        <source>Conservation analysis failed</source>
        <translation>Korunum analizi başarısız</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Measured data come with no Lagrangian. Train a network or select a candidate of the symbolic regression first.</source>
        <translation>Ölçülmüş veriyle birlikte bir Lagranjiyen gelmez. Önce bir ağ eğitin ya da sembolik regresyonun bir adayını seçin.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Analysing the conserved quantities of %1…</source>
        <translation>%1 için korunan nicelikler analiz ediliyor…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comparing RK4 with the variational integrator…</source>
        <translation>RK4 varyasyonel integratörle karşılaştırılıyor…</translation>
    </message>
</context>
<context>
    <name>lab::ParetoFrontPlot</name>
    <message>
        <location filename="../ui/paretofrontplot.cpp" line="+25"/>
        <source>Pareto front</source>
        <translation>Pareto cephesi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complexity (nodes)</source>
        <translation>Karmaşıklık (düğüm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Kayıp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Front</source>
        <translation>Cephe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternative</source>
        <translation>Alternatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick</source>
        <translation>Seçilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selected</source>
        <translation>İşaretli aday</translation>
    </message>
</context>
<context>
    <name>lab::PhasePortraitPlot</name>
    <message>
        <location filename="../ui/phaseportraitplot.cpp" line="+30"/>
        <source>Phase portrait</source>
        <translation>Faz portresi</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Position</source>
        <translation>Konum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velocity</source>
        <translation>Hız</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Data</source>
        <translation>Veri</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Model rollouts (epoch %1)</source>
        <translation>Modelin ürettiği yörüngeler (epok %1)</translation>
    </message>
</context>
<context>
    <name>lab::PhasePortraitView</name>
    <message>
        <location filename="../ui/phaseportraitview.cpp" line="+15"/>
        <source>Coordinate:</source>
        <translation>Koordinat:</translation>
    </message>
</context>
<context>
    <name>lab::SystemPanel</name>
    <message>
        <location filename="../ui/systempanel.cpp" line="+40"/>
        <source>Mass</source>
        <translation>Kütle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass 1</source>
        <translation>Kütle 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass 2</source>
        <translation>Kütle 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Uzunluk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length 1</source>
        <translation>Uzunluk 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length 2</source>
        <translation>Uzunluk 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gravity</source>
        <translation>Yerçekimi ivmesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spring constant</source>
        <translation>Yay sabiti</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pendulum</source>
        <translation>Sarkaç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mass on a spring</source>
        <translation>Yaya bağlı kütle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double pendulum</source>
        <translation>Çift sarkaç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typed Lagrangian</source>
        <translation>Yazılan Lagranjiyen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a Lagrangian…</source>
        <translation>Lagranjiyen yazın…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Simulated data</source>
        <translation>Benzetim verisi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Standard deviation of the Gaussian noise added to the positions</source>
        <translation>Konumlara eklenen Gauss gürültüsünün standart sapması</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trajectories:</source>
        <translation>Yörüngeler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>Süre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time step:</source>
        <translation>Zaman adımı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise:</source>
        <translation>Gürültü:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Tohum:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measured data</source>
        <translation>Ölçülmüş veri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pivot at the origin</source>
        <translation>Dönme noktası orijinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the pivot to the arc</source>
        <translation>Dönme noktasını yaya uydur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pendulum angle</source>
        <translation>Sarkaç açısı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cartesian x and y</source>
        <translation>Kartezyen x ve y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import measured data…</source>
        <translation>Ölçülmüş veriyi içe aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the preset again</source>
        <translation>Hazır sisteme geri dön</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+234"/>
        <source>No file imported.</source>
        <translation>İçe aktarılmış dosya yok.</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Pivot:</source>
        <translation>Dönme noktası:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates:</source>
        <translation>Koordinatlar:</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Import measured data</source>
        <translation>Ölçülmüş veriyi içe aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured data (*.txt *.csv *.tsv *.dat);;All files (*)</source>
        <translation>Ölçülmüş veri (*.txt *.csv *.tsv *.dat);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 rows over %3 s, coordinates %4</source>
        <translation>%1: %3 s boyunca %2 satır, koordinatlar %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Differentiator window: %1 samples. Estimated noise: %2 %3.</source>
        <translation>Türev alma penceresi: %1 örnek. Tahmini gürültü: %2 %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pivot at (%1 m, %2 m), radius %3 m.</source>
        <translation>Dönme noktası (%1 m, %2 m), yarıçap %3 m.</translation>
    </message>
</context>
<context>
    <name>lab::TrainingPanel</name>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="+37"/>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 dk %2 sn</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Learning rate:</source>
        <translation>Öğrenme hızı:</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Start</source>
        <translation>Başlat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Epoch:</source>
        <translation>Epok:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training loss:</source>
        <translation>Eğitim kaybı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation loss:</source>
        <translation>Doğrulama kaybı:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed:</source>
        <translation>Hız:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left:</source>
        <translation>Kalan süre:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Resume</source>
        <translation>Sürdür</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%v of %m epochs</source>
        <translation>%v / %m epok</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (best %2)</source>
        <translation>%1 (en iyi %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 samples/s</source>
        <translation>saniyede %1 örnek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>duraklatıldı</translation>
    </message>
</context>
<context>
    <name>lab::TrainingSettingsPanel</name>
    <message>
        <location filename="../ui/trainingsettingspanel.cpp" line="+51"/>
        <source>Network</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units per hidden layer</source>
        <translation>Gizli katman başına birim sayısı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of hidden layers</source>
        <translation>Gizli katman sayısı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double precision (float64)</source>
        <translation>Çift duyarlık (float64)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Width:</source>
        <translation>Genişlik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth:</source>
        <translation>Derinlik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation:</source>
        <translation>Aktivasyon:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Initial step size of Adam. A cosine schedule lowers it to 1 % of this value by the last epoch.</source>
        <translation>Adam&apos;ın başlangıç adım boyu. Kosinüs takvimi bunu son epoka kadar bu değerin yüzde 1&apos;ine düşürür.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Epochs without a better validation loss before training stops</source>
        <translation>Eğitim durmadan önce doğrulama kaybının iyileşmeden geçebileceği epok sayısı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learning rate:</source>
        <translation>Öğrenme hızı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size:</source>
        <translation>Yığın boyutu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max epochs:</source>
        <translation>En fazla epok:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patience:</source>
        <translation>Sabır:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Tohum:</translation>
    </message>
</context>
<context>
    <name>lab::TypedLagrangianForm</name>
    <message>
        <location filename="../ui/typedlagrangianform.cpp" line="+51"/>
        <source>The Lagrangian L in the coordinates, their velocities NAME_dot and the parameters, e.g. 0.5*m*l^2*theta_dot^2 + m*g*l*cos(theta)</source>
        <translation>Koordinatlar, hızları AD_dot ve parametreler cinsinden Lagranjiyen L, örneğin 0.5*m*l^2*theta_dot^2 + m*g*l*cos(theta)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. theta1, theta2</source>
        <translation>örn. theta1, theta2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. m=1, g=9.81</source>
        <translation>örn. m=1, g=9.81</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. x, y; x2, y2</source>
        <translation>örn. x, y; x2, y2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates that are the x and y of one point in a plane, so that the conservation tab checks rotations and translations. Separate pairs with semicolons.</source>
        <translation>Düzlemdeki bir noktanın x ve y değerleri olan koordinatlar; korunum sekmesi bunlarla dönmeleri ve ötelemeleri denetler. Çiftleri noktalı virgülle ayırın.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>L =</source>
        <translation>L =</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates:</source>
        <translation>Koordinatlar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters:</source>
        <translation>Parametreler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planar pairs:</source>
        <translation>Düzlemsel çiftler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial positions:</source>
        <translation>Başlangıç konumları:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial velocities:</source>
        <translation>Başlangıç hızları:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The parameter &quot;%1&quot; is not written as NAME=VALUE. Write it as, for example, m=1.5.</source>
        <translation>&quot;%1&quot; parametresi AD=DEĞER biçiminde yazılmamış. Örneğin m=1.5 biçiminde yazın.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The planar pair &quot;%1&quot; does not name two coordinates. Write it as, for example, x, y.</source>
        <translation>&quot;%1&quot; düzlemsel çifti iki koordinat adı içermiyor. Örneğin x, y biçiminde yazın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The planar pair names &quot;%1&quot;, which is not a coordinate. Use the names of the Coordinates field.</source>
        <translation>Düzlemsel çift &quot;%1&quot; adını içeriyor, ama bu bir koordinat değil. Koordinatlar alanındaki adları kullanın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The coordinate &quot;%1&quot; is in two planar pairs. Use each coordinate once.</source>
        <translation>&quot;%1&quot; koordinatı iki düzlemsel çiftte geçiyor. Her koordinatı bir kez kullanın.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>column %1</source>
        <translation>sütun %1</translation>
    </message>
</context>
</TS>
