# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — Português. A referência é o ficheiro inglês en.ftl: cada chave dele
# tem de existir em todas as traduções completas.

## A moldura de cada página
app-name = m4m
app-tagline = Buddy System: pessoas recém-chegadas e mentores voluntários, lado a lado
skip-to-content = Saltar para o conteúdo
table-scroll = Tabela: deslize para o lado para a ler toda
nav-home = Início
nav-organisations = Organizações
nav-users = Contas
nav-outbox = Mensagens enviadas
nav-invite = Convidar alguém
nav-login = Entrar
nav-logout = Sair
language-switcher = Língua
language-choose = Escolher esta língua
signed-in-as = Sessão iniciada como { $name }
footer-text = O m4m ajuda as organizações a gerir a mentoria entre pares para pessoas recém-chegadas. Os seus dados ficam na sua organização.

## Os dez passos
step-1 = Informar as partes interessadas
step-2 = Recrutamento e inscrição
step-3 = Autoavaliação inicial
step-4 = Pré-emparelhamento
step-5 = Formação
step-6 = Emparelhamento e primeiro encontro
step-7 = Encontros entre pares
step-8 = Supervisão
step-9 = Acompanhamento dos progressos
step-10 = Avaliação final
step-number = Passo { $number }

## Funções
role-administrator = Administrador/a
role-coordinator = Coordenador/a
role-supervisor = Supervisor/a
role-trainer = Formador/a
role-mentor = Mentor/a
role-mentee = Pessoa recém-chegada
role-evaluator = Avaliador/a

## Página inicial
landing-title = Mentoria entre pares para pessoas recém-chegadas
landing-intro = Num Buddy System, um mentor ou uma mentora voluntária — muitas vezes alguém que chegou alguns anos antes — ajuda uma pessoa recém-chegada a dar passos rumo à autonomia: deslocar-se, encontrar os serviços públicos, praticar a língua, procurar trabalho ou casa. Profissionais de intervenção social juntam-nos e acompanham-nos.
landing-staff = Profissionais, mentores e pessoas recém-chegadas com conta entram aqui.

## Entrada
login-title = Entrar
login-email = Endereço de e-mail
login-password = Palavra-passe
login-submit = Entrar
login-failed = O endereço de e-mail ou a palavra-passe estão errados. Verifique os dois e tente novamente.
login-throttled = Demasiadas tentativas. Aguarde 15 minutos e tente novamente.
login-expired = A sua sessão terminou. Entre novamente, por favor.
logged-out = Saiu da sua conta.
two-factor-title = Início de sessão em dois passos
two-factor-intro = Com o início de sessão em dois passos, a palavra-passe sozinha não abre a sua conta: uma aplicação no telemóvel dá um novo código de seis dígitos a cada 30 segundos, que o m4m pede depois da palavra-passe.
two-factor-step-app = Instale uma aplicação de autenticação no telemóvel (por exemplo FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator).
two-factor-step-scan = Na aplicação, adicione uma conta e leia este código:
two-factor-step-type = Ou escreva esta chave:
two-factor-step-code = Escreva o código de seis dígitos que a aplicação mostra, para verificar que funciona.
two-factor-code-app = Código da aplicação
two-factor-confirm = Ativar o início de sessão em dois passos
two-factor-required = A sua função dá acesso a dados de muitas pessoas: tem de ativar o início de sessão em dois passos antes de continuar.
two-factor-on = O início de sessão em dois passos está ativo: depois da palavra-passe, o m4m pede o código da sua aplicação.
two-factor-codes-left = { $count ->
    [one] Resta { $count } código de recuperação.
   *[other] Restam { $count } códigos de recuperação.
}
two-factor-new-codes = Novos códigos de recuperação
two-factor-new-codes-intro = Os códigos antigos deixam de funcionar. Escreva um código da aplicação para obter novos.
two-factor-codes-title = Guarde estes códigos de recuperação
two-factor-codes-intro = Cada código permite entrar uma vez se perder o telemóvel. Imprima-os ou anote-os e guarde-os em lugar seguro: só são mostrados agora.
two-factor-login-title = Código do seu telemóvel
two-factor-login-intro = Abra a aplicação de autenticação e escreva o código de seis dígitos mostrado para o m4m.
two-factor-login-recovery = Perdeu o telemóvel? Escreva antes um dos seus códigos de recuperação.
two-factor-code = Código
two-factor-verify = Entrar
two-factor-wrong-code = Este código não está certo ou já foi usado. Escreva o código que a aplicação mostra agora.
two-factor-log-in-again = Demasiados códigos errados. Entre de novo com a palavra-passe.
nav-two-factor = Início de sessão em dois passos
tokens-title = Tokens da API
tokens-intro = Um token permite que uma ferramenta da sua organização use a API JSON do m4m em seu nome, com os seus direitos. Dê a cada ferramenta o seu próprio token e revogue-o quando já não for preciso.
tokens-shown-once = O seu novo token. Copie-o agora: só é mostrado desta vez.
tokens-name = Nome (para que serve o token)
tokens-create = Criar um token
tokens-created = Criado
tokens-last-used = Última utilização
tokens-never-used = nunca
tokens-revoked = Revogado
tokens-revoke = Revogar
tokens-openapi = A descrição da API (OpenAPI)
nav-tokens = Tokens da API
error-api-json = O corpo do pedido tem de ser JSON, como diz a descrição da API.

## Páginas iniciais
home-title = Início
home-welcome = Bem-vindo/a, { $name }
home-no-role = A sua conta ainda não tem uma função. Peça à coordenação que lhe atribua uma.
home-programmes = Os seus programas
home-no-programmes = Ainda não há nenhum programa.
home-new-programme = Criar um programa
home-people-per-step = Pessoas em cada passo
home-people-total = { $count ->
    [0] Ainda ninguém
    [one] Uma pessoa
   *[other] { $count } pessoas
}
home-mentors-of-target = Mentores: { $count } de { $target }
home-mentees-of-target = Pessoas recém-chegadas: { $count } de { $target }
home-open-programme = Abrir o programa
home-your-newcomers = As pessoas recém-chegadas que acompanha
home-no-newcomers = Ainda não forma dupla com uma pessoa recém-chegada. A coordenação vai avisá-lo/a quando for proposto um emparelhamento.
home-your-buddy = O seu mentor ou a sua mentora
home-no-buddy = Ainda não tem mentor/a. A coordenação está a procurar consigo.
home-next-sessions = Próximos encontros
home-no-sessions = Nenhum encontro marcado.
home-next-session = Próximo encontro: { $when }
home-your-goals = Os seus objetivos
home-no-goals = Ainda não há objetivos. Vai escolhê-los com o seu mentor ou a sua mentora.
home-goal-progress = { $progress } % concluído
home-speaks = Fala: { $languages }
home-area = Zona: { $area }
home-supervised = Mentores que supervisiona
home-no-supervised = Ainda não lhe foi atribuído nenhum mentor.
home-supervised-pairs = Os pares dos seus mentores
home-last-session = Último encontro: { $when }
home-no-session-yet = Ainda nenhum encontro registado
home-active-pairs = { $count ->
    [0] nenhuma dupla ativa
    [one] uma dupla ativa
   *[other] { $count } duplas ativas
}
home-training = Mentores em formação
home-in-training = { $count ->
    [0] Ninguém em formação
    [one] Um/a mentor/a em formação
   *[other] { $count } mentores em formação
}
home-organisations = Organizações
home-accounts = { $count ->
    [0] Nenhuma conta
    [one] Uma conta
   *[other] { $count } contas
}
home-figures = Números de todas as organizações
home-figures-note = Apenas totais: sem nomes, sem dados pessoais.

session-mode-in_person = presencial
session-mode-online = online
session-mode-phone = por telefone
session-at = { $when }, { $mode }
session-at-place = { $when }, { $mode }, { $place }

## Programas
programme-title = Programa
programme-status = Estado
programme-status-draft = Rascunho
programme-status-recruiting = Inscrições abertas
programme-status-running = Em curso
programme-status-closed = Encerrado
programme-dates = De { $start } a { $end }
programme-languages = Línguas
programme-organisation = Organização
programme-participants = Pessoas neste programa
programme-no-participants = Ainda ninguém se inscreveu.
programme-kind = Função
programme-name = Nome
programme-origin = País de origem
programme-native = Primeira língua
programme-area = Zona
programme-step = Passo
programme-new-title = Novo programa
programme-field-name = Nome do programa
programme-field-description = Descrição
programme-field-name-in = Nome em { $language }
programme-field-description-in = Descrição em { $language }
programme-field-languages = Línguas faladas (códigos separados por vírgulas: fr, ar, prs)
programme-field-starts = Primeiro dia
programme-field-ends = Último dia
programme-field-target-mentors = Mentores a recrutar
programme-field-target-mentees = Pessoas recém-chegadas a acompanhar
programme-field-organisation = Organização
programme-create = Criar o programa
programme-created = O programa foi criado.

## Convites
invite-title = Convidar alguém
invite-intro = A pessoa recebe uma ligação, válida durante 7 dias, para escolher uma palavra-passe. Uma pessoa pode ter várias funções.
invite-email = O endereço de e-mail da pessoa
invite-name = O nome da pessoa
invite-role = Função
invite-organisation = Organização
invite-submit = Enviar o convite
invite-sent = O convite está a caminho de { $email }.
invite-link-once = Também pode enviar esta ligação pessoalmente (por SMS, por exemplo). Só é mostrada uma vez:
invite-mail-subject = O seu convite para o m4m
invite-mail-body = Olá { $name },

    { $inviter } convida-o/a a juntar-se ao m4m como { $role }.
    Escolha a sua palavra-passe com esta ligação (válida durante 7 dias, só pode ser usada uma vez):

    { $link }
accept-title = Bem-vindo/a ao m4m
accept-intro = Foi convidado/a como { $role }. Escolha a sua palavra-passe para começar.
accept-organisation = Organização: { $organisation }
accept-password = Escolha uma palavra-passe (pelo menos 8 caracteres)
accept-password-again = A mesma palavra-passe outra vez
accept-submit = Guardar e continuar
accept-gone = Esta ligação de convite expirou ou já foi usada. Peça uma nova à pessoa que o/a convidou.

## Administração
admin-organisations-title = Organizações
admin-organisation-name = Nome
admin-organisation-country = País (duas letras: FR, GR)
admin-organisation-languages = Línguas (códigos separados por vírgulas)
admin-organisation-time-zone = Fuso horário (por exemplo Europe/Lisbon; vazio: o do país)
admin-time-zone-save = Alterar
admin-organisation-programmes = Programas
admin-organisation-members = Contas
admin-organisation-create = Adicionar a organização
admin-organisation-created = A organização foi adicionada.
admin-users-title = Contas
admin-user-name = Nome
admin-user-email = E-mail
admin-user-roles = Funções
admin-user-inactive = inativa
admin-outbox-title = Mensagens enviadas
admin-outbox-intro = Sem um servidor de correio, as mensagens ficam aqui à espera. Configure o SMTP para as enviar.
admin-outbox-empty = Nenhuma mensagem.
admin-outbox-to = Para
admin-outbox-subject = Assunto
admin-outbox-date = Data
nav-inventory = Inventário de dados
admin-inventory-title = Inventário de dados
admin-inventory-intro = Cada coluna da base de dados: se contém dados pessoais, de que tipo, para que tratamento e durante quanto tempo são conservados. Para o registo das atividades de tratamento (artigo 30.º do RGPD) e a avaliação de impacto.
admin-inventory-summary = { $personal } de { $count } colunas contêm dados pessoais.
admin-inventory-csv = Descarregar como folha de cálculo (CSV)
admin-inventory-table = Tabela
admin-inventory-column = Coluna
admin-inventory-category = Tipo de dados
admin-inventory-purposes = Finalidades
admin-inventory-retention = Conservação
admin-inventory-legend = O que significam os tipos e as finalidades
inventory-not-personal = Não pessoal
inventory-category-identity = Identidade
inventory-category-identity-help = Nomes, ano de nascimento, género.
inventory-category-contact = Contacto
inventory-category-contact-help = Endereços de e-mail, números de telefone, onde alguém vive ou se encontra.
inventory-category-special = Categoria especial
inventory-category-special-help = Dados sensíveis: origem, línguas de origem, situação migratória, necessidades, respostas que podem tocar a saúde ou a religião.
inventory-category-free_text = Texto livre
inventory-category-free_text-help = Texto escrito por pessoas: notas, motivos, resumos. Pode conter qualquer coisa: trate-o como sensível.
inventory-category-profile = Perfil
inventory-category-profile-help = Línguas, interesses, disponibilidade, papéis, preferências.
inventory-category-activity = Atividade
inventory-category-activity-help = O que aconteceu e quando: datas, estados, pontuações, decisões.
inventory-category-pseudonymous = Identificador pseudónimo
inventory-category-pseudonymous-help = Um número ou código que aponta para uma pessoa sem a nomear.
inventory-category-secret = Segredo
inventory-category-secret-help = Palavras-passe, tokens e segundos fatores, guardados como hash sempre que possível.
inventory-purpose-programme = Gestão do programa
inventory-purpose-programme-help = Inscrição, triagem, emparelhamento, pares e os seus encontros.
inventory-purpose-training = Formação
inventory-purpose-training-help = Formação de voluntários e pessoal.
inventory-purpose-contact = Contacto
inventory-purpose-contact-help = Chegar às pessoas: e-mails, chamadas, lembretes.
inventory-purpose-evaluation = Avaliação
inventory-purpose-evaluation-help = Medir a integração e os resultados do programa.
inventory-purpose-security = Segurança
inventory-purpose-security-help = Início de sessão, controlo de acesso, proteção contra abusos.
inventory-purpose-accountability = Obrigação legal e responsabilidade
inventory-purpose-accountability-help = Prova do consentimento e registo de auditoria de quem fez o quê.
inventory-retention-record = Com o processo da pessoa, até ser apagado
inventory-retention-account = Com a conta, até ser apagada
inventory-retention-session = Até terminar a sessão; no máximo 12 horas, 30 minutos de inatividade
inventory-retention-day = Apagado após 24 horas
inventory-retention-minutes = Apagado ao ser usado ou após cinco minutos
inventory-retention-audit = Conservado para responsabilidade (só acrescento; só identificadores e códigos)
inventory-retention-organisation = Enquanto a organização conservar os seus próprios registos
inventory-retention-outbox = Na caixa de saída; sem eliminação automática
installation-wide = toda a instalação

figures-organisation = Organização
figures-country = País
figures-programmes = Programas
figures-mentors = Mentores
figures-mentees = Pessoas recém-chegadas
figures-active-pairs = Duplas ativas

## Formulários e erros
form-fix-errors = Alguns campos precisam da sua atenção:
form-required-mark = obrigatório
error-required = Este campo é obrigatório.
error-too-long = O texto é demasiado longo.
error-control-characters = O texto contém caracteres que não são permitidos.
error-email-invalid = Escreva um endereço de e-mail como nome@example.org.
error-email-taken = Já existe uma conta com este endereço de e-mail.
error-password-short = A palavra-passe precisa de pelo menos 8 caracteres.
error-password-common = Esta palavra-passe está entre as mais comuns, que os atacantes experimentam primeiro. Escolha outra, por exemplo algumas palavras de que se lembre.
error-password-mismatch = As duas palavras-passe não são iguais.
error-country-invalid = Escreva o código do país com duas letras, como FR ou GR.
error-language-code = Escreva códigos de língua com duas ou três letras, separados por vírgulas (fr, ar, prs).
error-date-invalid = Escreva uma data no formato ano-mês-dia, como 2026-09-01.
error-end-before-start = O último dia não pode ser antes do primeiro dia.
error-count-invalid = Escreva um número inteiro de 0 a 100 000.
error-choice-invalid = Escolha uma das opções apresentadas.

error-title = Algo correu mal
error-400-title = Este pedido não pode ser usado
error-400-text = Há algo errado no pedido. Volte atrás e verifique o que escreveu.
error-401-title = Entre na sua conta
error-401-text = Tem de entrar na sua conta para ver esta página.
error-403-title = Não permitido
error-403-text = Não tem permissão para ver ou fazer isto. Se acha que deveria ter, fale com a coordenação.
error-404-title = Página não encontrada
error-404-text = Esta página não existe, ou não tem acesso a ela.
error-405-title = Não é possível aqui
error-405-text = Este endereço não pode ser usado desta forma.
error-410-title = Já não está disponível
error-413-title = Demasiados dados
error-413-text = O que enviou é demasiado grande. Envie menos de cada vez.
error-429-title = Demasiadas tentativas
error-500-title = Algo correu mal do nosso lado
error-500-text = O problema foi registado. Tente novamente daqui a pouco; se continuar a acontecer, avise a coordenação.
error-csrf = Este formulário expirou. Volte atrás, recarregue a página e envie-o novamente.
error-unknown-language = Esta língua não está disponível: { $code }. Escolha uma das línguas apresentadas.
error-back-home = Voltar à página inicial

## Passo 1 — partes interessadas e divulgação
nav-stakeholders = Partes interessadas
nav-outreach = Divulgação
stakeholders-title = Partes interessadas locais
stakeholders-intro = Os atores locais que lidam com pessoas recém-chegadas e voluntários: serviços sociais, associações, escolas, empregadores. Registe quem informou e quem encaminha pessoas para o programa.
stakeholders-empty = Ainda não há nenhuma parte interessada registada.
stakeholder-name = Nome
stakeholder-kind = Tipo
stakeholder-contact = Pessoa de contacto
stakeholder-email = E-mail
stakeholder-phone = Telefone
stakeholder-languages = Línguas (códigos separados por vírgulas)
stakeholder-area = Zona abrangida
stakeholder-notes = Notas
stakeholder-add = Adicionar a parte interessada
stakeholder-added = A parte interessada foi adicionada.
stakeholder-save = Guardar as alterações
stakeholder-saved = As alterações foram guardadas.
stakeholder-edit = Alterar os dados
stakeholder-referred = Encaminhamentos: { $mentors ->
    [one] { $mentors } mentor
   *[other] { $mentors } mentores
}, { $mentees ->
    [one] { $mentees } pessoa recém-chegada
   *[other] { $mentees } pessoas recém-chegadas
}
stakeholder-referrals-by-month = Encaminhamentos por mês
stakeholder-month = Mês
stakeholder-kind-social_service = Serviço social
stakeholder-kind-association = Associação
stakeholder-kind-local_administration = Administração local
stakeholder-kind-employer = Empregador
stakeholder-kind-school = Escola
stakeholder-kind-health_service = Serviço de saúde
stakeholder-kind-volunteer_group = Grupo de voluntários
stakeholder-kind-migrant_community = Comunidade migrante
stakeholder-kind-other = Outro
outreach-title = Registo de divulgação
outreach-intro = Sessões de informação realizadas, materiais distribuídos ou enviados, encaminhamentos recebidos.
outreach-empty = Ainda não há nada registado.
outreach-kind = O quê
outreach-kind-information_session = Sessão de informação
outreach-kind-material = Material distribuído ou enviado
outreach-kind-referral = Encaminhamento recebido
outreach-date = Data
outreach-stakeholder = Parte interessada
outreach-no-stakeholder = — nenhuma —
outreach-place = Local
outreach-audience = Público
outreach-reached = Pessoas alcançadas
outreach-materials = Materiais e respetivas línguas (ou ligações)
outreach-notes = Notas
outreach-add = Registar
outreach-added = Registado.

## A página pública de um programa
join-organisation = Promovido por { $organisation } ({ $country })
join-how-title = Como funciona
join-how-text = Uma pessoa recém-chegada e um mentor ou uma mentora voluntária encontram-se regularmente durante cerca de seis meses, presencialmente ou online. Juntos dão passos rumo à autonomia: deslocar-se, encontrar serviços, praticar a língua, procurar trabalho ou casa. Profissionais de intervenção social juntam-nos e ficam ao seu lado.
join-buddy-title = Quem pode ser mentor/a
join-buddy-text = Qualquer pessoa com 18 anos ou mais que viva cá, possa dar algumas horas por mês durante seis meses e queira partilhar o que sabe. Muitos mentores também chegaram ao país há poucos anos. Vai receber formação e apoio.
join-newcomer-title = O que uma pessoa recém-chegada pode esperar
join-newcomer-text = Uma pessoa que a ouve, que fala a sua língua se possível e que a ajuda a encontrar o seu próprio caminho. Gratuito. O que contar fica confidencial.
join-contact-title = Contacto
join-register-buddy = Quero ser mentor/a
join-register-newcomer = Cheguei há pouco e gostaria de ter um mentor ou uma mentora
join-closed = Este programa não está a aceitar inscrições.

## Inscrição
register-title-mentor = Ser mentor/a
register-title-mentee = Encontrar um mentor ou uma mentora
register-intro-mentor = Fale-nos de si. A coordenação vai telefonar-lhe para uma entrevista.
register-intro-mentee = Fale-nos de si. A coordenação vai entrar em contacto consigo.
register-staff-note = Está a inscrever esta pessoa em nome dela. Leia-lhe o aviso sobre o consentimento na língua dela.
reg-about = Sobre si
reg-first-name = Nome próprio
reg-last-name = Apelido
reg-phone = Telefone
reg-email = E-mail
reg-contact-hint = Indique pelo menos um número de telefone ou um endereço de e-mail.
reg-languages = Línguas
reg-native-language = Primeira língua
reg-other-languages = Outras línguas que fala
reg-language = Língua
reg-level = Nível
reg-choose = Escolha…
level-basic = Algumas palavras
level-conversational = Consigo ter uma conversa
level-fluent = Fluente
level-native = Primeira língua
reg-host-level = O seu nível na língua deste país
reg-country = País de origem
reg-arrival = Data de chegada a este país
reg-area = Bairro, localidade ou código postal
reg-availability = Quando está disponível?
reg-availability-hint = Assinale os horários que normalmente lhe convêm.
day-1 = Segunda-feira
day-2 = Terça-feira
day-3 = Quarta-feira
day-4 = Quinta-feira
day-5 = Sexta-feira
day-6 = Sábado
day-7 = Domingo
part-morning = Manhã
part-afternoon = Tarde
part-evening = Noite
reg-interests = Interesses
interest-sport = Desporto
interest-cooking = Culinária
interest-music = Música
interest-reading = Leitura
interest-nature = Natureza e passeios
interest-crafts = Trabalhos manuais
interest-games = Jogos
interest-technology = Tecnologia
interest-arts = Artes
interest-family = Família e crianças
interest-faith = Fé
interest-volunteering = Voluntariado
reg-needs = Em que gostaria de ter ajuda?
reg-skills = Em que pode ajudar?
area-language = Língua
area-administration = Tratar de papéis e documentos
area-housing = Habitação
area-employment = Trabalho e formação
area-health = Saúde
area-education = Escola dos filhos
area-transport = Deslocar-se
area-money = Dinheiro e banco
area-digital = Telemóvel e internet
area-social = Conhecer pessoas
area-wellbeing = Bem-estar
reg-experience = A sua experiência (voluntariado, trabalho, a sua própria chegada)
reg-motivation = Porque quer ser mentor/a?
reg-gender = Género
gender-woman = Mulher
gender-man = Homem
gender-other = Outro
gender-unsaid = Prefiro não dizer
reg-gender-preference = Preferia que o seu mentor fosse…
gender-pref-none = Sem preferência
gender-pref-woman = Uma mulher
gender-pref-man = Um homem
reg-birth-year = Ano de nascimento
reg-heard-from = Como soube do programa?
heard-stakeholder = Através de uma organização
heard-friend = Através de amigos ou família
heard-social_media = Nas redes sociais
heard-poster = Num cartaz ou folheto
heard-event = Num evento
heard-other = Outro
reg-referred-by = Que organização?
reg-consent-title = O seu consentimento
consent-notice = A organização { $organisation } guarda o que escreve aqui para gerir o programa: para lhe encontrar um mentor (ou uma pessoa recém-chegada), para o/a contactar e para acompanhar a sua dupla. Só a equipa do programa vê estes dados; a pessoa com quem forma dupla vê apenas o seu nome próprio, as suas línguas e a sua zona. Pode pedir a qualquer momento para ver, corrigir ou apagar os seus dados, e retirar cada consentimento abaixo tão facilmente como o deu.
consent-participation = Aceito participar no programa e que os meus dados sejam usados para isso (obrigatório).
consent-contact_sms = Podem contactar-me por SMS.
consent-contact_email = Podem contactar-me por e-mail.
consent-contact_phone = Podem telefonar-me.
consent-share_partners = Podem partilhar a minha ficha com as organizações parceiras do programa.
consent-evaluation = As minhas respostas podem ser usadas, sem o meu nome, para avaliar o programa.
reg-submit = Enviar
reg-thanks-title = Obrigado
reg-thanks-text = A sua inscrição foi recebida. A coordenação vai entrar em contacto consigo em breve.
register-too-many = Foram enviadas demasiadas inscrições a partir desta ligação. Tente novamente dentro de uma hora.
error-phone-invalid = Escreva um número de telefone com 6 a 15 algarismos, como +33 6 12 34 56 78.
error-contact-required = Indique um número de telefone ou um endereço de e-mail.
error-date-future = Esta data não pode ser no futuro.
error-year-invalid = Escreva um ano de nascimento, como 1990.
error-buddy-too-young = Os mentores têm de ter pelo menos 18 anos.
error-consent-required = A inscrição precisa do seu acordo em participar.
error-status-move = Esta mudança de estado não é possível a partir do estado atual.
error-reason-required = Indique um motivo.
error-409-title = Alterado entretanto
error-conflict = Alguém alterou esta ficha ao mesmo tempo. Recarregue a página e tente novamente.
error-422-title = Já utilizado
error-taken-email = Já existe uma conta com este endereço de e-mail.
error-taken-questionnaire-version = Alguém guardou uma nova versão deste questionário enquanto o editava. Aparece abaixo com o seu texto: compare-os e guarde novamente.

## A ficha de uma pessoa
person-kind = Função
person-status = Estado
person-step = Passo
person-contact = Contacto
person-languages = Línguas
person-origin = País de origem
person-arrival = Chegou em
person-area = Zona
person-availability = Disponibilidade
person-interests = Interesses
person-needs = Precisa de ajuda com
person-skills = Pode ajudar com
person-experience = Experiência
person-motivation = Motivação
person-gender = Género
person-gender-preference = Prefere um mentor que seja
person-birth-year = Ano de nascimento
person-heard-from = Soube do programa
person-referred-by = Encaminhado/a por
person-registration = Inscrição
person-entered-by-staff = Inscrito/a pela equipa em { $date }, língua: { $language }
person-self-registered = Inscreveu-se em { $date }, língua: { $language }
person-consents = Consentimentos
consent-given = Dado em { $date }, versão { $version } do aviso, língua: { $language }
consent-recorded-by = registado por { $name }
consent-withdrawn = retirado em { $date }
consent-not-given = Não dado
consent-state-given = Dado em { $date }
consent-withdraw = Retirar
consent-give = Dar consentimento
consents-title = Os seus consentimentos
consents-title-of = Consentimentos de { $name }
consents-saved = Guardado. Aplica-se desde já.
consents-intro = Aqui escolhe como o programa o pode contactar e usar os seus dados. Cada alteração aplica-se logo, e pode mudar de ideias a qualquer momento.
consents-intro-staff = Altere um consentimento a pedido da pessoa (pessoalmente, por telefone ou por escrito). A alteração fica registada com o seu nome e aplica-se logo.
consents-participation = Para deixar de participar no programa, diga-o ao seu coordenador: o seu processo mostrará que saiu.
consents-change-link = Alterar um consentimento a pedido da pessoa
consents-mine-link = Os seus consentimentos
person-do-not-contact = Não contactar
no-contact_sms = sem SMS
no-contact_email = sem e-mail
no-contact_phone = sem chamadas
person-screening = Seleção
person-move-to = Novo estado
person-reason = Motivo (obrigatório para recusar ou retirar)
person-move-submit = Mudar o estado
person-moved = O estado foi alterado.
person-no-moves = Não é possível mais nenhuma mudança.
person-history = Histórico
history-line = { $date }: { $from } → { $to }
history-first = { $date }: { $to }
history-by = por { $name }
status-applied = Candidatura recebida
status-interview = Entrevista
status-references_checked = Referências verificadas
status-accepted = Aceite
status-declined = Não aceite
status-training = Em formação
status-registered = Inscrito/a
status-intake = Entrevista de acolhimento
status-self_assessed = Autoavaliação feita
status-ready = Pronto/a para emparelhar
status-active = Em dupla
status-alumni = Antigo/a participante
status-withdrawn = Desistiu

## Ferramentas do programa para a equipa
programme-field-contact = Contacto apresentado na página pública
programme-public-page = Página pública
programme-register-mentee = Inscrever uma pessoa recém-chegada
programme-register-mentor = Inscrever um mentor ou uma mentora
programme-duplicates = Possíveis duplicados
programme-export = Exportar a lista (CSV)
programme-export-xlsx = Exportar a lista (Excel, .xlsx)
export-column-id = Número
export-column-kind = Buddy ou recém-chegado
export-column-status = Estado
export-column-step = Etapa
export-column-first-name = Nome próprio
export-column-last-name = Apelido
export-column-email = E-mail
export-column-phone = Telefone
export-column-native-language = Língua materna
export-column-languages = Línguas
export-stakeholders-referred-buddies = Voluntários encaminhados
export-stakeholders-referred-newcomers = Recém-chegados encaminhados
export-column-host-language-level = Nível na língua do país
export-column-country-of-origin = País de origem
export-column-arrival-date = Data de chegada
export-column-area = Zona
export-column-availability = Disponibilidade
export-column-interests = Interesses
export-column-areas = Áreas de ajuda
export-column-gender = Género
export-column-gender-preference = Género desejado para o par
export-column-birth-year = Ano de nascimento
export-column-heard-from = Conheceu-nos através de
export-column-registered-at = Inscrito em
programme-export-codes = Códigos das colunas para ferramentas (CSV)
programme-import = Importar uma lista (CSV)
programme-status-column = Estado

## Duplicados
duplicates-title = Possíveis duplicados
duplicates-intro = Estas fichas podem ser da mesma pessoa. Junte-as na primeira ou marque-as como pessoas diferentes.
duplicates-none = Nenhum duplicado possível.
duplicates-reason-email = mesmo e-mail
duplicates-reason-phone = mesmo telefone
duplicates-reason-name = mesmo nome e ano de nascimento
duplicates-merge = Juntar na primeira
duplicates-keep = Pessoas diferentes
duplicates-merged = As fichas foram juntas.
duplicates-kept = Marcadas como pessoas diferentes.
duplicates-pager = Possíveis duplicados { $first }–{ $last } de { $total }

## Importação CSV
import-title = Importar uma lista
import-intro = Carregue um ficheiro CSV guardado a partir de uma folha de cálculo (UTF-8, separado por vírgulas ou pontos e vírgulas, uma pessoa por linha, com uma linha de cabeçalho no início). Vai escolher o que contém cada coluna, ver cada linha verificada e depois importar tudo ou nada. Um livro Excel (.xlsx) é lido tal como está: a primeira folha, com datas e números.
import-file = Ficheiro CSV ou Excel (.xlsx)
import-kind = Estas pessoas são
import-next = Continuar
import-mapping-title = O que contém cada coluna?
import-column-none = — não está no ficheiro —
import-preview-title = Verificar antes de importar
import-row = Linha
import-row-ok = pronta
import-row-skip = já inscrita: ignorada
import-row-errors = a corrigir
import-consent-confirm = Confirmo que cada uma destas pessoas aceitou participar no programa (consentimento recolhido em papel ou oralmente).
import-commit = { $count ->
    [one] Importar uma pessoa
   *[other] Importar { $count } pessoas
}
import-done = { $count ->
    [0] Ninguém importado
    [one] Uma pessoa importada
   *[other] { $count } pessoas importadas
}, já inscritas: { $skipped }.
import-empty = O ficheiro não tem nenhuma linha para importar.
import-bad-csv = Este ficheiro não pode ser lido como CSV. Guarde-o a partir da sua folha de cálculo como "CSV UTF-8" e tente novamente.
import-has-errors = Algumas linhas do ficheiro têm de ser corrigidas antes de importar. Não foi importado nada.
import-consent-required = Confirme que estas pessoas aceitaram participar.
error-number-range = Escreva um número inteiro de { $min } a { $max }.
error-scale-invalid = Escolha um dos pontos da escala.

## Passo 3 — questionários e autoavaliação inicial
nav-questionnaires = Questionários
q-kind-newcomer_self_assessment = Autoavaliação de uma pessoa recém-chegada
q-kind-buddy_self_assessment = Autoavaliação de um mentor ou de uma mentora
q-kind-buddy_interview = Entrevista a um mentor ou a uma mentora
q-kind-newcomer_intake = Entrevista de acolhimento de uma pessoa recém-chegada
q-done-on = Preenchido em { $date }
q-not-done = Ainda não preenchido
q-fill = Preencher
q-fill-with = Preencher com a pessoa
q-view = Ver as respostas
q-by-staff-note = Está a preencher isto com a pessoa, ou por ela durante a entrevista. Ficará assinalado.
q-send = Guardar as respostas
q-saved = As respostas foram guardadas.
questionnaires-title = Questionários
questionnaires-intro = Os questionários da sua organização. Cada alteração cria uma nova versão; as respostas já dadas mantêm a versão a que responderam.
q-version = Versão { $version }
q-responses = { $count ->
    [0] ainda sem respostas
    [one] uma resposta
   *[other] { $count } respostas
}
q-edit = Alterar
q-edit-intro = A definição abaixo é a versão atual, no formato JSON descrito em docs/QUESTIONNAIRES.md. Guardá-la cria uma nova versão.
q-definition-json = Definição (JSON)
q-save-version = Guardar como nova versão
q-new-version-saved = A versão { $version } foi guardada.
q-definition-invalid = Esta definição não pode ser usada: { $detail }
q-preview = Como fica
assess-title = A sua autoavaliação
assess-intro = Algumas perguntas para ver em que ponto está hoje. Não há respostas certas nem erradas. O seu mentor ou a sua mentora não vê as suas respostas.
assess-start = Começar
assess-continue = Continuar
assess-question-of = Pergunta { $n } de { $total }
assess-next = Seguinte
assess-back = Voltar
assess-skip = Saltar esta pergunta
assess-review-title = Verifique as suas respostas
assess-not-answered = Sem resposta
assess-change = Alterar
assess-send = Enviar as minhas respostas
assess-missing = Algumas perguntas obrigatórias ainda não têm resposta.
assess-done-title = Obrigado
assess-done-text = As suas respostas foram guardadas. Mostram o seu ponto de partida; vai compará-las no fim do programa.
baseline-title = Ponto de partida
baseline-chart-title = Autonomia em cada área no início, de 1 (precisa de muita ajuda) a 5 (consegue sozinho/a)
baseline-area = Área
baseline-score = Pontuação
baseline-of-five = { $score } / { $max }
baseline-none = Ainda não há autoavaliação.
home-self-assessment = A sua autoavaliação
home-start-assessment = Começar a sua autoavaliação
home-continue-assessment = Continuar a sua autoavaliação
person-space = Espaço pessoal
person-has-account = Esta pessoa tem conta: vê a sua dupla, os seus encontros e os seus questionários.
person-invite-intro = Convide esta pessoa a entrar na conta pelo telemóvel: vai preencher ela própria a sua autoavaliação e ver a sua dupla e os seus encontros.
person-invite = Enviar o convite
person-edit-link = Corrigir os dados
person-edit-title = Corrigir os dados de { $name }
person-edit-intro = Corrija o que foi registado na inscrição. Os consentimentos alteram-se na sua própria página.
person-edit-save = Guardar as correções
person-edit-saved = Os dados foram corrigidos.
person-invite-needs-email = Uma conta precisa de um endereço de e-mail, e esta ficha não tem nenhum.
stakeholders-export = Exportar o diretório (CSV)
outreach-export = Exportar o registo (CSV)

## Passo 5 — formação
nav-training = Formação
training-title = Formação
training-intro = As formações da sua organização: o percurso dos mentores e o percurso para profissionais e voluntários. Um mentor ou uma mentora fica pronto/a para emparelhar quando todos os módulos obrigatórios estiverem concluídos.
training-empty = Ainda não há nenhuma formação.
course-title = Título
course-audience = Destinatários
audience-buddies = Mentores
audience-professionals = Profissionais e voluntários
course-description = Descrição
course-create = Criar a formação
course-modules = Módulos
course-learners = Formandos
course-counts = Módulos: { $modules } · Inscritos: { $enrolled } · Concluíram: { $completed }
course-no-modules = Ainda não há nenhum módulo.
course-no-learners = Ainda ninguém se inscreveu.
course-progress-xlsx = Descarregar o progresso dos formandos (Excel, .xlsx)
course-completed-on = Concluída em { $date }
course-in-progress = Em curso: { $done } de { $total ->
    [one] { $total } módulo obrigatório
   *[other] { $total } módulos obrigatórios
}
module-add = Adicionar um módulo
module-kind = Tipo de módulo
module-kind-capsule = Cápsula (texto, ficheiro ou vídeo)
module-kind-quiz = Quiz
module-kind-session = Sessão presencial
module-title = Título
module-body = Conteúdo ou programa
module-link = Ligação para um vídeo ou um ficheiro (https://…)
module-minutes = Tempo de aprendizagem (minutos)
module-mandatory = Obrigatório para os mentores
module-quiz = Perguntas: um bloco por pergunta, a pergunta na primeira linha, uma opção por linha, a certa começa com *
module-pass-mark = Nota mínima de aprovação (%)
module-date = Data
module-time = Hora (HH:MM)
module-place = Local
module-capacity = Lugares
module-when = { $when }, { $place }
module-mandatory-mark = obrigatório
module-hours = { $minutes } min
module-record = Registar o progresso
module-record-intro = Registe quem fez o módulo, esteve presente na sessão ou passou no quiz.
module-record-save = Guardar
module-recorded = O progresso foi guardado.
module-too-many = Estiveram presentes mais pessoas do que os lugares disponíveis. Verifique a lista.
progress-not_started = Não iniciado
progress-done = Concluído
progress-passed = Aprovado ({ $score } %)
progress-failed = Ainda não aprovado ({ $score } %)
progress-attended = Presente
progress-absent = Ausente
progress-score = Resultado do quiz (%)
enrol-title = Inscrever formandos
enrol-cohort = Grupo (por exemplo "Piloto França 2026")
enrol-submit = Inscrever
enrol-none = Ninguém para inscrever: os mentores aparecem aqui depois de aceites, as contas da equipa quando têm uma função na organização.
enrolled = { $count ->
    [0] Ninguém inscrito
    [one] Uma pessoa inscrita
   *[other] { $count } pessoas inscritas
}
learn-title = A sua formação
learn-empty = Ainda não está inscrito/a em nenhuma formação.
learn-open = Abrir
learn-done-button = Já concluí
learn-quiz-submit = Verificar as minhas respostas
learn-quiz-result = O seu resultado: { $score } %. A nota mínima de aprovação é { $pass } %.
learn-session = Sessão em { $when }, local: { $place }
certificate = Certificado
certificate-title = Certificado de formação
certificate-text = Certifica-se que { $name } concluiu a formação "{ $course }", com { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
} de aprendizagem, em { $date }.
certificate-modules = Módulos concluídos
certificate-print = Imprima esta página ou guarde-a em PDF a partir do seu navegador.
error-quiz-format = Escreva cada pergunta numa linha própria e depois as respetivas opções, uma por linha, das quais exatamente uma começa com *; deixe uma linha vazia entre as perguntas.
error-link-invalid = Escreva uma ligação que comece por https://
error-time-invalid = Escreva uma hora como 14:30.
error-time-zone-invalid = Indique um fuso horário como Europe/Lisbon.
error-training-not-done = O mentor ou a mentora só pode ficar pronto/a para emparelhar quando todos os módulos obrigatórios da formação estiverem concluídos.
home-training-own = A sua formação
form-yes = Sim
form-no = Não

## Passo 4 — pré-emparelhamento
match-title = Pré-emparelhamento
match-intro = A proposta emparelha o maior número possível de pessoas recém-chegadas e, depois, procura a melhor pontuação total. Leia cada explicação, bloqueie as duplas que já decidiu, exclua as que não devem ser formadas e confirme: nada fica emparelhado até que o faça.
match-summary = Pessoas recém-chegadas emparelhadas: { $matched } de { $mentees }. Mentores prontos para emparelhar: { $mentors }.
match-none-ready = Ainda ninguém está pronto para emparelhar neste programa.
match-proposals = Duplas propostas
match-score = Compatibilidade: { $score } %
match-criterion = Critério
match-weight = Peso
match-subscore = Pontuação
match-why = Porquê
match-confirm = Confirmar esta dupla
match-lock = Bloquear
match-unlock = Desbloquear
match-locked = bloqueada
match-exclude = Excluir esta dupla
match-exclude-reason = Motivo da exclusão (conflito, laços familiares, uma dupla anterior…)
match-others = Outros mentores mais compatíveis
match-unmatched = Pessoas que ficaram sem mentor/a
match-blocked = Porque é que cada mentor/a não pode ser escolhido/a
match-excluded-title = Duplas excluídas
match-clear = Voltar a permitir
match-weights-title = Pesos dos critérios (0 a 10)
match-weights-save = Guardar e calcular de novo
match-weights-unreadable = Não foi possível ler os pesos guardados para este programa: abaixo são mostrados os pesos predefinidos, usados nesta proposta.
match-weights-unreadable-fix = Guardar novos pesos
match-manual-title = Emparelhar manualmente
match-manual-intro = Escolha uma dupla diferente da proposta e diga porquê: o motivo fica registado.
match-manual-mentee = Pessoa recém-chegada
match-manual-mentor = Mentor/a
match-manual-reason-label = Motivo
match-manual-submit = Emparelhar
match-manual = Emparelhado manualmente
match-manual-reason = Diga porque emparelha estas pessoas ao contrário da proposta.
match-weight-invalid = Cada peso é um número de 0 a 10, e pelo menos um tem de ser superior a 0.
match-done-confirmed = A dupla é proposta às duas pessoas.
match-done-marked = Guardado; a proposta é calculada de novo.
match-done-weights = Os pesos foram guardados; a proposta é calculada de novo.
criterion-needs = Necessidades e competências
criterion-language = Línguas em comum
criterion-host-language = Língua do país de acolhimento
criterion-goals = Objetivos
criterion-interests = Interesses
criterion-expectations = Expectativas
criterion-availability = Disponibilidade
criterion-place = Local
criterion-age = Idade
criterion-gender = Género
criterion-capacity = Vagas do/a mentor/a
match-gender-female = uma mulher
match-gender-male = um homem
match-gender-other = uma pessoa de outro género
match-shared-native-language = Mesma primeira língua: { $language }
match-common-language = Língua comum: { $language } (nível { $level })
match-no-common-language = Nenhuma língua em comum no nível { $level } ou superior
match-communicates-beyond-host-language = Conseguem comunicar noutra língua além de { $language }
match-host-language-level = Nível em { $language }: { $level }
match-needs-met = Necessidades cobertas ({ $count } de { $needs }): { $met }
match-needs-unknown = Necessidades desconhecidas
match-shared-goals = Objetivos em comum: { $goals }
match-no-shared-goals = Nenhum objetivo em comum
match-goals-unknown = Objetivos desconhecidos
match-shared-interests = Interesses em comum: { $interests }
match-no-shared-interests = Nenhum interesse em comum
match-interests-unknown = Interesses desconhecidos
match-shared-expectations = Mesmas expectativas: { $expectations }
match-no-shared-expectations = Expectativas diferentes
match-expectations-unknown = Expectativas desconhecidas
match-availability-overlap = Períodos em comum por semana: { $slots }
match-availability-unknown = Disponibilidade desconhecida
match-distance-km = Distância: { $km } km
match-same-area = Mesma zona: { $area }
match-different-area = Zonas diferentes
match-place-unknown = Local desconhecido
match-age-gap = Diferença de idade em anos: { $years }
match-age-unknown = Idade desconhecida
match-same-gender = Mesmo género
match-different-gender = Géneros diferentes
match-gender-unknown = Género desconhecido
match-mentor-room = Vagas livres: { $free } de { $capacity }
match-gender-preference-mentee = A pessoa recém-chegada prefere { $preference }
match-gender-preference-mentor = O/A mentor/a prefere { $preference }
match-excluded-by-coordinator = Dupla excluída pela coordenação
match-mentor-at-capacity = O/A mentor/a já não tem vagas (vagas: { $capacity })
match-mentor-not-eligible = O/A mentor/a não está pronto/a para emparelhar
match-no-possible-mentor = Não há nenhum mentor possível para esta pessoa recém-chegada.
match-mentors-taken = { $count ->
    [one] O único mentor possível já está emparelhado com outra pessoa recém-chegada.
   *[other] Os { $count } mentores possíveis já estão emparelhados com outras pessoas recém-chegadas.
}

## Passo 6 — emparelhamento e primeiro encontro
pair-mail-subject = Foi-lhe proposta uma dupla
pair-mail-body = Olá { $name },

    O programa propõe-lhe conhecer { $other }. Veja de quem se trata e responda aqui:

    { $link }
pair-proposal-title-mentor = Foi-lhe proposta uma pessoa recém-chegada
pair-proposal-title-mentee = Foi-lhe proposto/a um/a mentor/a
pair-proposal-intro = Gostaria de conhecer esta pessoa? Se não, diga-nos porquê: a coordenação vai procurar outra pessoa.
pair-accept = Sim, aceito
pair-decline = Não, obrigado/a
pair-decline-reason = Porque não? (obrigatório para recusar)
pair-answer-accepted = Aceitou. A coordenação vai marcar o vosso primeiro encontro.
pair-answer-declined = Recusou esta proposta.
pair-answer-waiting = a aguardar resposta
pair-status-proposed = Proposta, a aguardar respostas
pair-status-accepted = Aceite pelas duas pessoas; primeiro encontro e acordo ainda por fazer
pair-status-declined = Recusada
pair-status-active = Ativa
pair-step-meeting = Primeiro encontro
pair-step-agreement = Acordo de mentoria
pair-step-signatures = Acordo aceite pelas duas pessoas
pair-meeting-at = { $when }, { $place }
pair-meeting-save = Guardar a data
pair-meeting-held = O primeiro encontro realizou-se
pair-meeting-invalid = Indique uma data (ano-mês-dia) e uma hora como 14:30.
pair-not-ready = Ainda não é possível: primeiro, as duas pessoas têm de ter aceitado a proposta (e a data do primeiro encontro tem de estar marcada).
pair-saved = Guardado.
pair-agreement-title = Acordo de mentoria
pair-goals = Objetivos
pair-goals-text = Os objetivos por palavras suas
pair-rhythm = Frequência dos encontros
rhythm-weekly = Todas as semanas
rhythm-fortnightly = De duas em duas semanas
rhythm-monthly = Todos os meses
pair-months-label = Duração prevista (meses)
pair-months = { $months ->
    [one] um mês
   *[other] { $months } meses
}
pair-boundaries = Limites (o que o/a mentor/a não faz)
pair-confidentiality = A confidencialidade foi explicada às duas pessoas: o que se diz fica entre elas e a equipa do programa, exceto para proteger alguém de um dano.
pair-confidentiality-short = Confidencialidade
pair-confidentiality-text = O que se diz fica entre a dupla e a equipa do programa, exceto para proteger alguém de um dano.
pair-agreement-save = Guardar o acordo
pair-paper-signed = Assinado em papel pelas duas pessoas
pair-agreement-accept = Aceito este acordo
pair-agreement-signed = Aceitou este acordo.
pair-agreement-none = O acordo ainda não foi escrito.
home-pending = À sua espera
home-pending-proposal = Uma proposta para responder
home-pending-agreement = Um acordo para ler e aceitar
error-agreement-goals = Escolha pelo menos um objetivo, ou escreva um.
error-months-invalid = Indique um número de meses de 1 a 24.
error-confidentiality-required = Confirme que a confidencialidade foi explicada às duas pessoas.
match-in-setup = Duplas a começar
pair-checklist-accepted = aceitou
pair-checklist-declined = recusou

## Passo 7 — encontros entre pares
nav-calendar = Calendário
pair-title-with = A sua dupla com { $name }
pair-title-staff = { $buddy } e { $newcomer }
pair-log-session = Registar um encontro
pair-plan-session = Marcar um encontro
pair-all-sessions = Todos os encontros
pair-planned-sessions = Encontros marcados
pair-held-sessions = Encontros realizados
pair-no-held-sessions = Ainda não há nenhum encontro registado.
pair-calendar-link = Adicionar os seus encontros ao calendário do telemóvel
session-log-title = Registar um encontro
session-plan-title = Marcar um encontro
session-log-intro = Um encontro que teve com { $name }. Demora poucos segundos.
session-plan-intro = O seu próximo encontro com { $name }. Vai aparecer no seu calendário.
session-date = Data
session-time = Hora ({ $zone })
session-duration = Duração em minutos
session-mode = Como se encontraram?
session-mode-label-in_person = Presencial
session-mode-label-online = Online
session-mode-label-phone = Por telefone
session-place = Local (opcional)
session-topics = Sobre o que foi?
session-summary = O que fizeram? Basta uma frase.
session-summary-planned = O que pensam fazer? (opcional)
session-rating = Como correu?
session-rating-1 = 1 · mal
session-rating-2 = 2
session-rating-3 = 3 · razoável
session-rating-4 = 4
session-rating-5 = 5 · muito bem
session-log-submit = Guardar o encontro
session-plan-submit = Marcar o encontro
session-cancel = Cancelar
session-saved = O encontro foi guardado.
session-removed = O encontro foi eliminado.
session-change-title = Alterar o encontro
session-change-intro = Um encontro com { $name }: corrija o que for preciso.
session-change-submit = Guardar as alterações
session-call-off = Cancelar este encontro
session-remove = Eliminar este encontro
session-change = Alterar ou eliminar
session-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
session-rating-of = Como correu: { $rating } em 5
session-logged-by-you = Registado por si
session-logged-by = Registado por { $name }
session-logged-by-staff = Registado pela equipa do programa
session-confirmed = Confirmado
session-confirmed-by-you = Confirmado por si
session-confirmed-by = Confirmado por { $name }
session-confirm = Confirmar este encontro
error-session-future = Um encontro realizado não pode estar no futuro. Para marcar um, use "Marcar um encontro".
error-session-past = Um encontro marcado não pode estar no passado. Para registar um que já aconteceu, use "Registar um encontro".
error-session-too-far = Escolha uma data que não fique a mais de um ano de hoje.
error-duration-invalid = Indique uma duração de 5 a 600 minutos.
error-topics-required = Assinale pelo menos um tema.
error-rating-required = Diga como correu, de 1 a 5.
error-rating-invalid = Escolha um número de 1 a 5.
error-rating-planned = Um encontro marcado ainda não pode ser avaliado.
calendar-title = O seu calendário
calendar-intro = Os seus encontros marcados, na aplicação de calendário do seu telemóvel ou computador.
calendar-download = Descarregar o calendário (.ics)
calendar-feed = Ligação privada do calendário
calendar-feed-intro = Subscreva esta ligação na sua aplicação de calendário: os seus encontros marcados aparecem lá e ficam sempre atualizados. Quem tiver a ligação pode vê-los, por isso guarde-a só para si; renove-a se tiver sido partilhada.
calendar-feed-new = A sua nova ligação privada. Copie-a para a sua aplicação de calendário:
calendar-feed-once = Para proteger a sua privacidade, só é mostrada agora. Se a perder, renove-a.
calendar-feed-since = Há uma ligação privada ativa desde { $when }.
calendar-feed-none = Não tem nenhuma ligação privada.
calendar-feed-create = Criar uma ligação privada
calendar-feed-renew = Renovar a ligação (a antiga deixa de funcionar)
calendar-feed-revoke = Revogar a ligação
calendar-name = Encontros da dupla
calendar-event-summary = Encontro da dupla com { $name }
reminder-subject = Está na altura de se encontrar com { $other }?
reminder-body = Olá { $name },

    A sua dupla com { $other } não regista nenhum encontro há { $days } dias. Se se encontraram, registe o encontro; se não, marque o próximo:

    { $link }

    Se alguma coisa não estiver bem, fale com a coordenação.
session-log-planned = Realizou-se: registar
programme-pairs = Duplas
enrol-buddies = Mentores
enrol-staff = Profissionais e voluntários com conta
course-cohorts = Grupos
cohort-enrolled = Inscritos
cohort-completed = Concluído
cohort-modules = Módulos obrigatórios concluídos
cohort-progress = { $done } de { $total }
module-files = Ficheiros
module-files-none = Ainda sem ficheiros.
module-file-upload = Anexar um ficheiro
module-file-hint = Um PDF, uma imagem PNG ou JPEG, ou texto simples; no máximo { $size } MB. Os formandos descarregam-no.
module-file-submit = Carregar
module-texts = Traduções
module-texts-intro = O título e o texto noutras línguas. Cada formando lê na sua língua, ou na do curso se não houver tradução.
module-text-language = Língua
module-text-save = Guardar a tradução
file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-missing = Escolha um ficheiro para carregar.
file-unreadable = Não foi possível ler o ficheiro. Tente novamente.
file-too-large = O ficheiro é demasiado grande: no máximo { $size } MB.
file-type-refused = Este tipo de ficheiro não é aceite. Envie um PDF, uma imagem PNG ou JPEG, ou texto simples.
learn-files = Ficheiros para descarregar
cohort-name = Grupo
module-file-delete = Remover

## Acesso e portabilidade: a exportação dos dados de uma pessoa, o registo de acessos
export-link = Exportar todos os seus dados
export-mine-link = Descarregar todos os meus dados
export-json-link = Descarregar como ficheiro (JSON)
export-title-of = Dados guardados sobre { $name }
export-title-mine = Todos os meus dados
export-generated = Feito em { $date }. Imprima esta página para a guardar em papel.
export-staff-note = Este documento é mostrado em { $language }, a língua da pessoa, para que o possa entregar-lhe.
export-account = Conta
export-name = Nome
export-email = E-mail
export-language = Língua
export-roles = Funções
export-programme = Programa
export-profile = Perfil e inscrição
export-answers = Respostas aos questionários
export-training = Formação
export-enrolled-on = Inscrito/a em { $date }
export-completed-on = Concluído em { $date }
export-pairs = Pares e encontros
export-pair-with = Com { $name } ({ $role })
export-started-on = Começou em
export-agreement-written = Escrito, ainda não aceite
export-decline-reason = Motivo da recusa
access-link = Quem consultou esta ficha
erase-link = Apagar os dados desta pessoa
erase-title = Apagar os dados de { $name }
erase-warning = O apagamento não pode ser desfeito. Exporte primeiro os dados se a pessoa quiser uma cópia.
erase-what-goes = O que será apagado
erase-what-stays = O que fica
erase-item-record = O registo de { $name }: nome, contactos, línguas, origem, ano de nascimento, disponibilidade, o que escreveu na inscrição
erase-item-consents = { $count ->
    [one] um consentimento
   *[other] { $count } consentimentos
}
erase-item-reasons = { $count ->
    [one] o motivo de uma mudança de estado
   *[other] os motivos de { $count } mudanças de estado
}
erase-item-answers = { $count ->
    [one] as respostas a um questionário
   *[other] as respostas a { $count } questionários
}
erase-item-goals = { $count ->
    [one] o título de um objetivo
   *[other] os títulos de { $count } objetivos
}
erase-item-pairs = { $count ->
    [one] as notas, motivos, local de encontro e acordo de um par
   *[other] as notas, motivos, locais de encontro e acordos de { $count } pares
}
erase-item-sessions = { $count ->
    [one] o resumo e o local de um encontro
   *[other] os resumos e locais de { $count } encontros
}
erase-item-marks = { $count ->
    [one] o motivo de uma decisão de emparelhamento
   *[other] os motivos de { $count } decisões de emparelhamento
}
erase-item-invitations = { $count ->
    [one] um convite
   *[other] { $count } convites
}
erase-item-messages = { $count ->
    [one] uma mensagem enviada à pessoa ou que a nomeia
   *[other] { $count } mensagens enviadas à pessoa ou que a nomeiam
}
erase-item-account = a sua conta { $email }, com palavra-passe, sessões e início de sessão em dois passos
erase-item-account-kept = A sua conta fica, sem ligação a este registo: tem outra função ou outro registo.
erase-kept = Fica um registo sem nome para que os números continuem certos: buddy ou recém-chegado, programa, etapa, estado e datas. O outro membro de um par mantém o seu próprio histórico, sem o nome desta pessoa. O registo de auditoria mantém as suas linhas, que só contêm números e códigos.
erase-confirm = Verifiquei que esta pessoa pediu o apagamento, ou que os seus dados já não precisam de ser guardados
erase-submit = Apagar agora
erase-cancel = Cancelar e voltar ao registo
erase-confirm-needed = Marque a caixa para confirmar o apagamento.
erase-done-title = Dados apagados
erase-done = Os dados da pessoa foram apagados. O registo já não abre.
erase-back = Voltar ao programa
nav-retention = Conservação
retention-title = Durante quanto tempo se guardam os registos
retention-intro = Quando uma pessoa deixou o programa (antiga participante, recusada ou desistente) e não tem pares abertos, os seus dados são apagados alguns meses após a última atividade. O m4m fá-lo todos os dias; esta página lista o que vence nos próximos 30 dias, para que o possa rever.
retention-period-default = Os registos encerrados são apagados { $months ->
    [one] { $months } mês
   *[other] { $months } meses
} após a última atividade (predefinição).
retention-period = Os registos encerrados são apagados { $months ->
    [one] { $months } mês
   *[other] { $months } meses
} após a última atividade.
retention-months = Meses de conservação dos registos encerrados
retention-save = Guardar
retention-saved = O período de conservação foi guardado.
retention-due-title = A vencer nos próximos 30 dias
retention-none-due = Nada vence nos próximos 30 dias.
retention-col-name = Pessoa
retention-col-why = Porquê
retention-col-when = Apagado em
retention-why = { $status }, última atividade em { $date }
error-retention-months = Indique um número inteiro de meses entre 1 e 120.
access-title = Quem consultou os dados
access-title-of = Quem consultou a ficha de { $name }
access-intro = Cada vez que alguém leu, alterou ou exportou esta ficha, do mais recente para o mais antigo.
access-empty = Ninguém consultou esta ficha ainda.
access-back = Voltar à ficha
access-when = Quando
access-who = Quem
access-what = O quê
access-system = o próprio m4m
audit-other = Outra ação ({ $code })
audit-participant-read = Leu a ficha
audit-participant-answers_read = Leu as respostas a um questionário
audit-participant-access_log = Leu quem consultou a ficha
audit-participant-export = Exportou os dados
audit-participant-register = Inscrição
audit-participant-status = Mudou o estado
audit-participant-keep_apart = Separou de um possível duplicado
audit-participant-merge = Juntou um duplicado à ficha
audit-programme-export = Exportou a lista do programa, com esta ficha
audit-programme-export_xlsx = Exportou a lista do programa, com esta ficha (Excel, .xlsx)
audit-response-complete = Concluiu um questionário
audit-matching-mark = Marcou um par candidato
audit-course-enrol = Inscrição num curso
audit-module-progress = Registou progresso na formação
audit-pair-read = Leu o par
audit-pair-propose = Propôs um par
audit-pair-accepted = Aceitou o par
audit-pair-declined = Recusou o par
audit-pair-start = Iniciou o par
audit-pair-first_meeting = Marcou o primeiro encontro
audit-pair-first_meeting_held = Registou o primeiro encontro
audit-pair-agreement = Escreveu o acordo
audit-pair-agreement_signed = Aceitou o acordo
audit-pair-reminder = Enviou um lembrete
audit-peer_session-planned = Planeou um encontro
audit-peer_session-held = Registou um encontro
audit-peer_session-confirm = Confirmou um encontro
audit-user-create = Criou a conta
audit-user-activate = Reativou a conta
audit-user-deactivate = Desativou a conta
audit-user-export = Exportou os dados da conta
audit-invitation-accept = Aceitou o convite
audit-login = Entrada na conta
audit-login-failed = Entrada falhada
audit-login-throttled = Entrada bloqueada após demasiadas falhas
audit-logout = Saída da conta
audit-calendar_feed-open = Abriu um feed de calendário
audit-calendar_feed-revoke = Revogou o feed de calendário
audit-access-denied = Acesso recusado

# Concerns (step 8)
concern-severity = Quão grave é a situação?
concern-severity-low = Baixa: é bom saber
concern-severity-medium = Média: é preciso conversar
concern-severity-high = Alta: é preciso agir em breve
concern-severity-urgent = Urgente: a segurança de alguém está em risco
concern-status-open = Aberta
concern-status-acknowledged = Tomada em conta
concern-status-action_taken = Medidas tomadas
concern-status-closed = Encerrada
concern-error-move = Escolha um dos próximos passos apresentados.
concern-error-severity = Escolha o grau de gravidade.
concern-new-title = Sinalizar uma preocupação
concern-about-my-pair = a sua dupla com { $name }
concern-about-me = si próprio/a
concern-intro-about = Sobre: { $about }.
concern-intro-who = Só a coordenação da sua organização a vai ler. Pode acompanhá-la aqui.
concern-intro-other = Nada será dito a { $name }.
concern-intro-urgent = Se alguém estiver em perigo neste momento, ligue primeiro para o número de emergência (112).
concern-summary = Em poucas palavras
concern-text = O que aconteceu (opcional)
concern-send = Enviar à coordenação
concern-title = Sinalização
concern-sent = A sua sinalização foi enviada à coordenação.
concern-moved = A sinalização foi atualizada.
concern-open-subject = Abrir
concern-history = O que foi feito
concern-no-moves = Ainda não foi lida pela coordenação.
concern-next = Próximo passo
concern-move-legend = Novo estado
concern-move-note = Nota (o que foi feito, para o registo)
concern-move-submit = Guardar
concern-move-to-acknowledged = Tomada em conta: já a lemos
concern-move-to-action_taken = Medidas tomadas
concern-move-to-closed = Encerrada
concern-move-line = { $date }: { $status } ({ $name })
concern-raised-by = Sinalizada em { $date } por { $name }
concern-raised-on = Sinalizada em { $date }
concern-mail-subject = Sinalização urgente no m4m
concern-mail-body = Foi feita uma sinalização urgente na sua organização. Leia-a e confirme que a tomou em conta logo que possível: { $link }
concerns-title = Sinalizações · { $programme }
concerns-intro = Todas as sinalizações deste programa: primeiro as abertas, as mais urgentes no topo.
concerns-none = Não há nenhuma sinalização neste programa.
concerns-link = Sinalizações
home-concerns = Sinalizações a acompanhar
home-concerns-more = Aqui aparecem as { $count } mais urgentes; todas as preocupações estão no registo do seu programa:
home-raise-concern = Alguma coisa o/a preocupa? Diga à coordenação
home-your-concerns = As suas sinalizações
pair-raise-concern = Sinalizar uma preocupação sobre esta dupla
person-raise-concern = Sinalizar uma preocupação sobre esta pessoa
audit-concern-raise = Sinalizou uma preocupação
audit-concern-move = Fez avançar uma sinalização
audit-concern-read = Leu uma sinalização

# Supervision (step 8)
supervision-title = Supervisão
supervision-new-title = Registar uma supervisão
supervision-intro = Um encontro com um/a mentor/a ou com um grupo: sobre o que falaram, as suas notas e o que cada pessoa vai fazer a seguir. Os mentores veem que a supervisão se realizou e as ações que lhes cabem, nunca as suas notas.
supervision-no-buddies = Ainda nenhum mentor o/a tem como supervisor/a: peça à coordenação que lhos atribua, ou registe a supervisão a partir da ficha do/a mentor/a.
supervision-format = Formato
supervision-format-one_to_one = Individual
supervision-format-group = Em grupo
supervision-held-on = Data
supervision-buddies = Mentores presentes
supervision-topics = Temas
supervision-topic-boundaries = Limites do papel
supervision-topic-wellbeing = O bem-estar do/a próprio/a mentor/a
supervision-topic-cultural = Diferenças culturais
supervision-topic-practical = Questões práticas e administrativas
supervision-topic-difficult_situation = Uma situação difícil
supervision-topic-motivation = Motivação e tempo
supervision-topic-safeguarding = Proteção e salvaguarda
supervision-topics-text = Outros temas
supervision-notes = Notas
supervision-notes-hint = Lidas apenas pelos supervisores dos mentores e pela coordenação.
supervision-actions = Ações de seguimento
supervision-action-text = Ação
supervision-action-owner = Quem
supervision-action-due = Até
supervision-owner-me = Eu
supervision-save = Guardar a supervisão
supervision-saved = A supervisão foi guardada.
supervision-when = { $date } · { $format }
supervision-recorded-by = Registada por { $name }
supervision-due = até { $date }
supervision-done-on = feita em { $date }
supervision-your-actions = As suas ações
supervision-no-actions = Nenhuma ação.
supervision-mark-done = Feito
supervision-add-action = Adicionar uma ação
supervision-error-format = Escolha individual ou em grupo.
supervision-error-future = A data não pode ser no futuro.
supervision-error-buddy = Escolha entre os mentores indicados.
supervision-error-no-buddy = Assinale pelo menos um/a mentor/a.
supervision-error-one = Uma supervisão individual tem exatamente um/a mentor/a.
supervision-error-topic = Escolha entre os temas indicados.
supervision-error-owner = Uma ação cabe a um/a mentor/a que esteve presente, ou a si.
home-open-actions = { $count ->
    [0] nenhuma ação em aberto
    [one] uma ação em aberto
   *[other] { $count } ações em aberto
}
home-supervision-line = { $date } · { $format } · { $count ->
    [one] um/a mentor/a
   *[other] { $count } mentores
}
home-last-supervision = Última supervisão
home-no-supervision-yet = ainda nenhuma
home-recorded-supervisions = Supervisões que registou
home-my-supervision = Supervisão
audit-supervision-record = Registou uma supervisão
audit-supervision-action = Adicionou uma ação de supervisão
audit-supervision-action_done = Marcou uma ação de supervisão como feita
audit-supervision-read = Leu uma supervisão

# Needs you today (step 9)
attention-title = Precisa de si hoje
attention-intro = Cada dupla em risco, com os seus motivos, e o que está à espera de alguém: cada linha leva ao que é preciso fazer.
attention-none = Hoje não há nada à sua espera.
attention-at-risk = Duplas em risco
attention-waiting = À espera de alguém
attention-see-all = Ver a lista completa
risk-urgent-concern = Há uma sinalização urgente em aberto
risk-open-concern = { $count ->
    [one] Há uma sinalização em aberto
   *[other] Há { $count } sinalizações em aberto
}
risk-no-session = Nenhum encontro há { $days } dias
risk-first-meeting-overdue = Primeiro encontro previsto para { $date }, não registado
risk-agreement-ends = O acordo termina em { $date }
waiting-answer = Proposta ainda sem resposta
waiting-signature = Acordo ainda não aceite pelas duas pessoas
waiting-confirmation = { $count ->
    [one] Um encontro aguarda confirmação há mais de uma semana
   *[other] { $count } encontros aguardam confirmação há mais de uma semana
}

# Goals of the pair (step 9)
goals-title = Objetivos da dupla
goals-intro = Os objetivos que combinaram. Diga em que ponto está cada um agora, em comparação com o que esperavam: cada resposta fica guardada, para poderem ver o caminho percorrido.
goals-none = Ainda não há objetivos: vêm do acordo quando a dupla começa.
goals-history = Em que ponto estava
goals-when = Data
goals-score = Em que ponto está
goals-by = Por
goals-comment = Comentário (opcional)
goals-where = Em que ponto está agora?
goals-save = Guardar
goals-saved = Guardado. Obrigado.
goal-error-score = Escolha um ponto da escala, de −2 a +2.
gas-much-less = muito menos do que o esperado
gas-less = menos do que o esperado
gas-expected = como esperado
gas-more = mais do que o esperado
gas-much-more = muito mais do que o esperado
audit-goal-progress = Registou em que ponto está um objetivo
home-goal-not-rated = ainda não avaliado
home-goal-record = Dizer em que ponto está

# Check-ins (step 9)
checkin-title = Como está a correr?
checkin-intro = Algumas perguntas sobre o seu tempo com { $name }. Demora um minuto; só a equipa do programa lê as suas respostas.
checkin-satisfaction = Está satisfeito/a com os vossos encontros?
checkin-satisfaction-1 = 1 · nada
checkin-satisfaction-2 = 2 · pouco
checkin-satisfaction-3 = 3 · mais ou menos
checkin-satisfaction-4 = 4 · satisfeito/a
checkin-satisfaction-5 = 5 · muito satisfeito/a
checkin-satisfaction-short = Satisfação
checkin-met = Com que frequência se encontraram ultimamente?
checkin-met-short = Encontros
checkin-met-weekly = Todas as semanas
checkin-met-fortnightly = De duas em duas semanas
checkin-met-monthly = Uma vez por mês
checkin-met-less = Menos vezes
checkin-met-never = Nenhuma vez
checkin-helped = O que ajudou? (opcional)
checkin-difficult = O que está a ser difícil? (opcional)
checkin-send = Enviar
checkin-thanks = Obrigado: a equipa recebeu as suas respostas.
checkin-nothing-due = De momento não há nenhum ponto de situação por responder. Voltaremos a perguntar daqui a algum tempo.
checkin-error-satisfaction = Escolha de 1 a 5.
checkin-error-met = Escolha com que frequência se encontraram.
home-pending-checkin = Como está a correr com { $name }? (um minuto)
pair-checkins = Pontos de situação
risk-low-satisfaction = Satisfação de { $score } em 5
risk-missed-checkin = O ponto de situação previsto para { $date } está sem resposta
audit-checkin-answer = Respondeu a um ponto de situação
baseline-done-on = Autoavaliação feita em { $date }.

# Staff contacts (step 9)
contacts-title = Contactos da equipa
contacts-intro = As suas chamadas, visitas e mensagens a esta dupla: duas vezes no primeiro mês, depois uma vez por mês.
contacts-kind = Como
contacts-note = Nota (opcional)
contacts-save = Registar o contacto
contact-kind-call = Chamada
contact-kind-visit = Visita
contact-kind-message = Mensagem
contact-error-kind = Escolha chamada, visita ou mensagem.
waiting-contact = Está previsto um contacto da equipa
audit-pair-contact = Registou um contacto com uma dupla
checkin-mail-subject = Como está a correr com { $other }?
checkin-mail-body = Olá { $name }, algumas perguntas sobre os seus encontros com { $other }: um minuto, a partir do telemóvel. Só a equipa do programa lê as suas respostas. { $link }
attention-pager-risk = Duplas em risco { $first }–{ $last } de { $total }
attention-pager-wait = À espera { $first }–{ $last } de { $total }
pager-previous = Anteriores
pager-next = Seguintes
moment-initial = No início
moment-midterm = A meio do percurso
moment-final = No fim
baseline-change-title = O que mudou desde o início
baseline-change = Evolução
baseline-moments-chart-title = Autonomia em cada área em cada autoavaliação, de 1 (precisa de muita ajuda) a 5 (consegue sozinho/a)
home-midterm-due = A meio do percurso: está na altura de ver de novo em que ponto está, com as mesmas perguntas do início.
home-start-midterm = A sua autoavaliação intermédia

# Added since the last pass
person-erased = pessoa apagada
notes-title = Notas confidenciais
notes-intro = Situação de saúde ou jurídica que a coordenação precisa de conhecer. Só a coordenação desta organização vê estas notas: não são mostradas aos mentores, supervisores ou formadores, nem em nenhuma lista, e estão incluídas na exportação dos dados da própria pessoa.
notes-label = Notas (no máximo 4000 caracteres)
notes-save = Guardar as notas
notes-saved = As notas confidenciais foram guardadas.
follow-up-title = Supervisão e disponibilidade
follow-up-intro = Quem supervisiona este buddy e quantas pessoas recém-chegadas acompanha ao mesmo tempo. O pré-emparelhamento propõe-no enquanto tiver menos pares em curso.
follow-up-supervisor = Supervisor
follow-up-nobody = Ainda ninguém
follow-up-capacity = Pessoas acompanhadas ao mesmo tempo
follow-up-save = Guardar
follow-up-saved = O supervisor e a disponibilidade do buddy foram guardados.
error-supervisor-choice = Escolha um supervisor da lista.
error-capacity-range = Indique um número inteiro de 1 a 5.
error-capacity-below-pairs = Este buddy já tem mais pares em curso: mantenha um número mais alto ou feche primeiro um par.
error-follow-up-changed = Os pares deste buddy ou a equipa mudaram entretanto: verifique e guarde de novo.
erase-item-notes = As notas confidenciais (saúde, situação jurídica)
pair-first-meeting = O seu primeiro encontro
pair-open = Abrir a página da sua dupla
pair-meeting-not-yet = O primeiro encontro ainda não se realizou: registe-o quando chegar a data.
pair-already-answered = Esta proposta já teve resposta.
pair-not-started = Os encontros podem ser registados quando a dupla tiver começado.
home-pending-first-meeting = Primeiro encontro: { $meeting }
calendar-first-meeting-summary = Primeiro encontro com { $name }
programme-at-step = { $n } · { $name }
programme-all-people = Todas as pessoas do programa

## Closing a pair (step 10)
pair-status-completed = Concluído
pair-status-ended_early = Terminado antes do prazo
pair-not-open = Este par já está encerrado.
close-title = Encerrar o par
close-intro = Encerramento do par de { $buddy } e { $newcomer }: diga porque termina e o que vem a seguir para cada um.
close-planned-end = O acordo vigora até { $date }.
close-effect-sessions = { $count ->
    [0] Nenhum encontro planeado a cancelar.
    [one] O encontro planeado é cancelado.
   *[other] Os { $count } encontros planeados são cancelados.
}
close-effect-checkins = Os acompanhamentos e lembretes param; a ambos é pedido o questionário final.
close-reason = Porque termina o par?
close-reason-planned_end = O período acordado terminou
close-reason-goals_reached = Objetivos alcançados antes do prazo
close-reason-moved_away = A pessoa recém-chegada mudou-se
close-reason-lost_contact = Perdeu-se o contacto
close-reason-conflict = Conflito entre os dois
close-reason-safeguarding = Proteção e segurança
close-reason-other = Outro motivo
close-on = Encerrado em
close-meeting = Encontro de encerramento (opcional)
close-meeting-hint = O dia do último encontro com ambos, se houve.
close-note = Nota para a equipa
close-rematch = { $name } pode voltar a formar par?
close-save = Encerrar o par
close-done = O par está encerrado.
close-error-future = Este dia ainda não chegou.
close-error-before-start = É antes do início do par.
close-error-note-other = Indique o outro motivo.
error-choose-yes-no = Escolha sim ou não.
error-close-pairs-first = Encerre primeiro o par desta pessoa: o encerramento diz porque terminou.
pair-closed-on = Encerrado em { $date }: { $reason }
pair-closing-meeting-on = Encontro de encerramento em { $date }
audit-pair-close = Encerrou o par
audit-pair-exit_answer = Respondeu ao questionário final
exit-title = Questionário final
exit-intro-buddy = O seu tempo como buddy de { $name } terminou. Quatro perguntas, um minuto: só a equipa do programa lê as suas respostas.
exit-intro-newcomer = O seu tempo com { $name } como buddy terminou. Quatro perguntas, um minuto: só a equipa do programa lê as suas respostas.
exit-satisfaction = No geral, quão satisfeito/a está?
exit-recommend = Recomendaria ter um buddy a alguém no seu lugar?
exit-recommend-short = Recomendaria
exit-changed = Onde mudou algo para si?
exit-changed-short = O que mudou
exit-comment = Mais alguma coisa que queira dizer-nos (opcional)
exit-send = Enviar
exit-thanks = Obrigado: as suas respostas foram guardadas.
exit-final-assessment = Um último passo: a sua autoavaliação final
home-pending-exit = O seu tempo com { $name } terminou: o questionário final (um minuto)
home-final-due = O seu par terminou: responda mais uma vez às mesmas perguntas do início, para ver o caminho percorrido.
home-start-final = A sua autoavaliação final
become-buddy-title = Tornar-se buddy
become-buddy-home = Sabe como são os primeiros meses. O seu acompanhamento terminou: agora pode acompanhar alguém que acabou de chegar.
become-buddy-intro = Os seus dados já estão preenchidos do seu acompanhamento: verifique-os, diga como pode ajudar e dê de novo o seu consentimento — é um novo papel.
assess-done-midterm = As suas respostas foram guardadas. Aqui estão ao lado das do início; responderá mais uma vez no fim.
assess-done-final = As suas respostas foram guardadas. Eis o caminho percorrido desde o início, área a área.
person-pairs = Pares
programme-edit-title = Alterar o programa
programme-edit-intro = Datas, estado e metas, e o acompanhamento dos pares: quando um par está em risco, quando vencem os acompanhamentos e a autoavaliação intermédia.
programme-save = Guardar
programme-saved = O programa foi guardado.
programme-field-risk-no-session = Um par está em risco após estes dias sem encontro
programme-field-risk-ending = Assinalar um par estes dias antes do fim do acordo
programme-field-checkin-first = Primeiro acompanhamento, dias após o início do par
programme-field-checkin-every = Depois um acompanhamento a cada … dias
programme-field-midterm-weeks = Autoavaliação intermédia, semanas após o início do par
error-days-invalid = Indique um número inteiro de dias de 1 a 365 (semanas: 1 a 104).
error-503-title = O servidor está ocupado
error-busy = Há demasiados pedidos à espera neste momento. Aguarde alguns segundos e tente de novo: nada foi guardado nem perdido.
access-refused-someone = Alguém sem acesso
admin-volunteers-title = Contas de buddies e recém-chegados
admin-volunteers-intro = Quantas por organização: os nomes são para a equipa da sua organização.
import-too-many-columns = Este ficheiro tem mais de { $columns } colunas: mantenha só as colunas sobre as pessoas e tente de novo.
import-too-many-rows = Este ficheiro tem mais de { $rows } pessoas: importe-o em várias partes.

# A buddy's competences, scored by their self-assessment (step 8)
competence-listening = Ouvir sem julgar
competence-intercultural = Comunicar entre culturas
competence-boundaries = Manter os limites do papel
competence-local_services = Conhecer os serviços locais
competence-encouraging_autonomy = Incentivar a autonomia
competence-reliability = Ser fiável ao longo dos meses
baseline-competence = Competência
baseline-competences-chart-title = Confiança por competência no início, de 1 (ainda sem confiança) a 5 (muito confiante)
baseline-competences-moments-chart-title = Confiança por competência em cada autoavaliação, de 1 (ainda sem confiança) a 5 (muito confiante)
buddy-assessment-title = Autoavaliações de { $name }
buddy-assessment-intro = Quão confiante o/a mentor/a se sente em cada competência no início, a meio e no fim, segundo as suas respostas de 1 a 5.
buddy-assessment-competences = Competências como mentor/a
home-buddy-self-assessments = Autoavaliações
# Held peer sessions per week, on a coordinator's home
weekly-sessions-title = Encontros por semana
weekly-sessions-chart-title = Encontros realizados por semana, as últimas { $weeks } semanas
weekly-sessions-week-of = Semana de { $date }
weekly-sessions-total = { $count ->
    [one] 1 encontro realizado
   *[other] { $count } encontros realizados
} nestas semanas, { $hours } horas no total
weekly-sessions-week = Semana de
weekly-sessions-count = Encontros realizados
weekly-sessions-hours = Horas

# Passo 10: a avaliação global.
evaluation-title = Avaliação dos programas
evaluation-link = Avaliação: números para financiadores (página, CSV, impressão)
evaluation-intro = O que o Buddy System alcançou, a partir dos factos dos pares e das respostas dos seus membros. Só contam as pessoas cujo consentimento para avaliação está em vigor; aqui não aparece nenhum nome nem nenhum processo pessoal.
evaluation-suppression-note = Um número sobre menos de 5 pessoas ou pares nunca é mostrado: lê-se «menos de 5».
evaluation-suppressed = menos de 5
evaluation-scope = Números de
evaluation-scope-all = Todas as organizações
evaluation-scope-mine = Tudo o que posso ver
evaluation-from = Pares iniciados a partir de
evaluation-to = Pares iniciados até
evaluation-cohort = Coorte (ano)
evaluation-cohort-hint = O ano em que o par começou, por exemplo 2025.
evaluation-gender = Género da pessoa recém-chegada
evaluation-age = Idade da pessoa recém-chegada no início do par
evaluation-region = Região de origem da pessoa recém-chegada
evaluation-any = Todos
evaluation-show = Mostrar os números
evaluation-csv = Descarregar como folha de cálculo (CSV)
evaluation-xlsx = Descarregar como livro (Excel, .xlsx)
evaluation-age-under_25 = Menos de 25
evaluation-age-25_34 = 25 a 34
evaluation-age-35_49 = 35 a 49
evaluation-age-50_plus = 50 ou mais
evaluation-region-mena = Médio Oriente e Norte de África
evaluation-region-sub_saharan_africa = África Subsariana
evaluation-region-central_south_asia = Ásia Central e do Sul
evaluation-region-europe = Europa
evaluation-region-americas = Américas
evaluation-region-other = Outro lugar ou desconhecida
evaluation-pairs-title = Pares
evaluation-pairs-formed = Pares formados
evaluation-pairs-active = Ainda em curso
evaluation-pairs-completed = Concluídos
evaluation-pairs-ended-early = Terminados antes do tempo
evaluation-reasons-title = Pares terminados antes do tempo, por motivo
evaluation-reason = Motivo
evaluation-pairs = Pares
evaluation-figure = Indicador
evaluation-value = Valor
evaluation-n-pairs = Sobre (pares)
evaluation-n-people = Sobre (pessoas)
evaluation-outcomes-title = Retenção, encontros e objetivos
evaluation-outcomes-note = Retenção: pares concluídos entre os pares encerrados. Alcance dos objetivos: média da última pontuação de cada objetivo, de −2 (muito menos do que o esperado) a +2 (muito mais).
evaluation-retention = Retenção
evaluation-sessions-held = Encontros realizados
evaluation-sessions-hours = Horas juntos
evaluation-goal-attainment = Alcance dos objetivos (−2 a +2)
evaluation-areas-title = Mudança por área de integração
evaluation-areas-note = Pessoas recém-chegadas com a primeira e a última autoavaliação; pontuações de 1 a 5. O intervalo é o intervalo de confiança de 95 % da mudança média; a dimensão do efeito é o d_z de Cohen.
evaluation-areas-chart = Mudança média por área com o seu intervalo de confiança de 95 %
evaluation-areas-none = Ainda ninguém tem a primeira e a última autoavaliação.
evaluation-baseline-mean = No início
evaluation-final-mean = No fim
evaluation-mean-change = Mudança
evaluation-ci95 = Intervalo de 95 %
evaluation-effect-size = Dimensão do efeito
evaluation-interval = de { $low } a { $high }
evaluation-satisfaction-title = Satisfação
evaluation-satisfaction-chart = Satisfação média de 1 a 5, dos pontos de situação e do questionário final
evaluation-newcomers = Pessoas recém-chegadas
evaluation-buddies = Buddies
evaluation-from-checkins = Pontos de situação
evaluation-from-exit = Questionário final
evaluation-recommend = Recomendariam um buddy
evaluation-percent = { $value } %

# First run: how the first administrator is made
login-first-run = Ainda não existe nenhuma conta. Crie o primeiro administrador no servidor com: m4m user create --email voce@example.org --name "O seu nome" (é pedida a palavra-passe) e depois inicie sessão aqui.
# Recuperação da conta: palavra-passe esquecida, mudar a palavra-passe, contas desativadas
login-forgot-link = Esqueceu a palavra-passe?
login-deactivated = Esta conta está desativada. Peça à sua coordenação que a reative.
forgot-title = Esqueceu a palavra-passe
forgot-intro = Escreva o endereço de e-mail da sua conta. Se uma conta o usar, enviamos uma ligação para escolher uma nova palavra-passe; a ligação funciona uma vez, durante uma hora.
forgot-submit = Enviar a ligação
forgot-sent = Se uma conta usar este endereço, uma ligação para escolher uma nova palavra-passe está a caminho. Veja na caixa de entrada (e no spam); a ligação funciona durante uma hora.
forgot-throttled = Demasiados pedidos de nova palavra-passe. Tente de novo dentro de uma hora, ou pergunte à sua coordenação.
forgot-mail-subject = Escolha uma nova palavra-passe para o m4m
forgot-mail-body = Olá { $name },

    Alguém, provavelmente você, pediu uma nova palavra-passe para a sua conta m4m.
    Escolha-a com esta ligação (válida durante uma hora, utilizável uma vez):

    { $link }

    Se não pediu nada, ignore esta mensagem: a sua palavra-passe fica como está.
reset-title = Escolher uma nova palavra-passe
reset-intro = Quando a nova palavra-passe for guardada, as suas outras sessões terminam.
reset-password = Nova palavra-passe (pelo menos 8 caracteres)
reset-password-again = A mesma palavra-passe outra vez
reset-submit = Guardar a nova palavra-passe
reset-gone = Esta ligação expirou ou já foi usada. Peça uma nova com «Esqueceu a palavra-passe?» na página de entrada.
reset-done = A sua nova palavra-passe está guardada. Entre com ela.
nav-password = Palavra-passe
password-title = Mudar a sua palavra-passe
password-current = Palavra-passe atual
password-current-wrong = Esta não é a sua palavra-passe atual.
password-submit = Mudar a palavra-passe
password-changed = A sua palavra-passe foi mudada. As suas outras sessões terminaram.
admin-user-access = Acesso
admin-user-deactivate = Desativar
admin-user-activate = Reativar
admin-user-deactivated = A conta está desativada: as suas sessões terminaram e os seus tokens de API foram revogados. Os seus dados ficam.
admin-user-activated = A conta está de novo ativa: o titular entra com a sua palavra-passe. Os tokens de API têm de ser criados de novo.
admin-user-not-self = Não pode desativar a sua própria conta.

# Envio da caixa de saída: tentativas, novas tentativas, mensagens abandonadas
admin-outbox-sent = Enviada { $when }.
admin-outbox-waiting = À espera de envio.
admin-outbox-retrying = A tentativa { $attempts } falhou: { $error }. Próxima tentativa { $when }.
admin-outbox-given-up = Abandonada após { $attempts } tentativa(s): { $error }
# A programme's people and pairs, searched, filtered and a page at a time
programme-people-pager = Pessoas { $first }–{ $last } de { $total }
programme-pairs-pager = Pares { $first }–{ $last } de { $total }
programme-people-total = { $count ->
    [one] Uma pessoa
   *[other] { $count } pessoas
}
programme-filter-everyone = Buddies e recém-chegados
programme-filter-any-status = Qualquer estado
programme-filter-any-step = Qualquer etapa
programme-filter-any-language = Qualquer língua
programme-filter-language = Fala
programme-sort = Ordem
programme-sort-step = Por etapa
programme-sort-name = Por nome
programme-sort-newest = Mais recentes primeiro
programme-search = Pesquisar
programme-search-hint = Nome, e-mail ou telefone, mesmo sem acentos
programme-search-button = Mostrar
programme-people-none = Ninguém corresponde a esta pesquisa.

# The API's pages of people
error-api-limit = limit tem de ser um número inteiro de 1 a 1000.
error-api-cursor = cursor tem de ser o next_cursor da página anterior.
error-api-text = Envie este campo como texto (uma cadeia JSON), como diz a descrição da API.
# Forms: what the invitee, a buddy and the import are told; a session to confirm
accept-name = O seu nome
assess-intro-buddy = Algumas perguntas para ver em que ponto está hoje. Não há respostas certas nem erradas. A pessoa recém-chegada que acompanha não vê as suas respostas.
error-language-choice = Escolha uma língua.
import-host-level = Nível na língua deste país
import-other-languages = Outras línguas
home-pending-session = Confirme o encontro com { $name } de { $date }

# Importação de folhas de cálculo: codificações, datas, fórmulas
import-cell-problem = Coluna «{ $column }»: { $message }
import-cell-formula = esta célula contém uma fórmula (começa por =, @, + ou -). Escreva antes o seu valor.
import-cell-bom = esta célula contém uma marca de ordem de bytes invisível: vários ficheiros foram juntos num só. Retire-a ou guarde o ficheiro de novo.
import-date-ambiguous = esta data pode ler-se de duas maneiras. Escreva-a como ano-mês-dia (2026-04-03).
import-workbook = Isto é um livro Excel antigo (.xls). Abra-o, guarde-o como .xlsx ou CSV e tente de novo.
import-workbook-unreadable = Este ficheiro não pode ser lido como livro Excel (.xlsx): pode estar danificado, protegido por palavra-passe ou ser de outro tipo (como um .ods do LibreOffice). Abra-o, guarde-o como .xlsx ou CSV e tente de novo.
import-workbook-too-large = Este livro é demasiado grande depois de descomprimido. Mantenha apenas a folha das pessoas, ou importe-o em várias partes.
import-not-text = Este ficheiro não é uma folha guardada como texto: contém bytes que nenhuma codificação proposta sabe ler. Guarde-o a partir da folha de cálculo como CSV e tente de novo.
import-encoding = Codificação do ficheiro
import-encoding-hint = Adivinhada a partir do ficheiro. Se acentos ou letras parecerem errados nos nomes abaixo, escolha outra codificação e continue.
import-encoding-failed = O ficheiro não pode ser lido na codificação escolhida: ficou como tinha sido lido.

## Os pares de um programa, com pesquisa e páginas
pairs-title = Pares de { $programme }
pairs-back = Voltar ao programa
pairs-link = Todos os pares: pesquisa, pares encerrados
pairs-search-hint = Nome, e-mail ou telefone da pessoa recém-chegada ou do/a mentor/a
pairs-filter-any-status = Qualquer estado
pairs-filter-open = Em curso (nem encerrados nem recusados)
pairs-filter-closed = Encerrados
pairs-sort-oldest = Mais antigos primeiro
pairs-sort-newest = Mais recentes primeiro
pairs-sort-newcomer = Pelo nome da pessoa recém-chegada
pairs-total = { $count ->
    [0] Nenhum par
    [one] Um par
   *[other] { $count } pares
}
pairs-pager = Pares { $first }–{ $last } de { $total }
pairs-all = Todos os pares
pairs-none = Ainda não há pares.
pairs-none-found = Nenhum par corresponde a esta pesquisa.
pairs-column-pair = Recém-chegado/a ↔ mentor/a
pairs-column-status = Estado
pairs-column-since = Desde
pairs-column-sessions = Encontros realizados
pairs-sessions = { $count ->
    [0] Ainda nenhum
    [one] Um
   *[other] { $count }
}
pairs-sessions-last = { $count ->
    [one] Um, em { $date }
   *[other] { $count }, o último em { $date }
}

## Os encontros de um programa, por período
sessions-title = Encontros de { $programme }
sessions-link = Encontros: por período, com as suas horas
sessions-any-status = Previstos e realizados
sessions-planned = Previsto
sessions-held = Realizado
sessions-held-confirmed = Realizado, confirmado
sessions-how = { $minutes }, { $mode }
sessions-total = { $count ->
    [0] Nenhum encontro
    [one] Um encontro
   *[other] { $count } encontros
}, { $hours ->
    [one] uma hora
   *[other] { $hours } horas
} no total
sessions-pager = Encontros { $first }–{ $last } de { $total }
sessions-from = De
sessions-to = Até (incluído)
sessions-recent = Os últimos 30 dias e o que está previsto
sessions-none = Nenhum encontro corresponde neste período.
sessions-column-when = Quando
sessions-column-how = Como

## A lista das contas da equipa, para a administração
admin-users-search-hint = Nome ou e-mail
admin-users-any-role = Qualquer função
admin-users-any-state = Ativas e desativadas
admin-users-active = Ativa
admin-users-inactive = Desativada
admin-users-total = { $count ->
    [0] Nenhuma conta da equipa
    [one] Uma conta da equipa
   *[other] { $count } contas da equipa
}
admin-users-pager = Contas { $first }–{ $last } de { $total }
admin-users-all = Todas as contas da equipa
admin-users-none = Nenhuma conta corresponde a esta pesquisa.

## Pairs and sessions as spreadsheets
pairs-export = Descarregar estes pares (folha de cálculo, CSV)
pairs-export-xlsx = Descarregar estes pares (Excel, .xlsx)
sessions-export = Descarregar estes encontros (folha de cálculo, CSV)
sessions-export-xlsx = Descarregar estas sessões (Excel, .xlsx)
export-pairs-column-pair = Par
export-pairs-column-newcomer = Recém-chegado/a
export-pairs-column-buddy = Mentor/a
export-pairs-column-status = Estado
export-pairs-column-proposed = Proposto em
export-pairs-column-started = Iniciado em
export-pairs-column-closed = Encerrado em
export-pairs-column-sessions = Encontros realizados
export-pairs-column-hours = Horas realizadas
export-pairs-column-last-session = Último encontro
export-sessions-column-session = Encontro
export-sessions-column-date = Data
export-sessions-column-time = Hora
export-sessions-column-pair = Par
export-sessions-column-newcomer = Recém-chegado/a
export-sessions-column-buddy = Mentor/a
export-sessions-column-minutes = Minutos
export-sessions-column-hours = Horas
export-sessions-column-mode = Como
export-sessions-column-status = Estado
export-sessions-column-confirmed = Confirmado
export-progress-column-course = Curso
export-progress-column-learner = Formando
export-progress-column-cohort = Grupo
export-progress-column-enrolled = Inscrição em
export-progress-column-done = Módulos obrigatórios feitos
export-progress-column-total = Módulos obrigatórios
export-progress-column-completed = Concluído em
export-figures-column-figure = Indicador
export-figures-column-key = Referente a
export-figures-column-n = Em
export-figures-column-value = Valor
export-figures-column-suppressed = Omitido (grupo pequeno)

## The directory of stakeholders, searched and paged
stakeholders-search-hint = Nome, contacto, e-mail ou telefone
stakeholders-any-kind = Todos os tipos
stakeholders-total = { $count ->
    [0] Nenhuma parte interessada
    [one] Uma parte interessada
   *[other] { $count } partes interessadas
}
stakeholders-pager = Partes interessadas { $first }–{ $last } de { $total }
stakeholders-all = Todas as partes interessadas
stakeholders-none-found = Nenhuma parte interessada corresponde a esta pesquisa.
